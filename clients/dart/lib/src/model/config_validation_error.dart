//
// AUTO-GENERATED FILE, DO NOT MODIFY!
//

// ignore_for_file: unused_element
import 'package:built_value/built_value.dart';
import 'package:built_value/serializer.dart';

part 'config_validation_error.g.dart';

/// ConfigValidationError
///
/// Properties:
/// * [message] 
/// * [path] 
@BuiltValue()
abstract class ConfigValidationError implements Built<ConfigValidationError, ConfigValidationErrorBuilder> {
  @BuiltValueField(wireName: r'message')
  String get message;

  @BuiltValueField(wireName: r'path')
  String get path;

  ConfigValidationError._();

  factory ConfigValidationError([void updates(ConfigValidationErrorBuilder b)]) = _$ConfigValidationError;

  @BuiltValueHook(initializeBuilder: true)
  static void _defaults(ConfigValidationErrorBuilder b) => b;

  @BuiltValueSerializer(custom: true)
  static Serializer<ConfigValidationError> get serializer => _$ConfigValidationErrorSerializer();
}

class _$ConfigValidationErrorSerializer implements PrimitiveSerializer<ConfigValidationError> {
  @override
  final Iterable<Type> types = const [ConfigValidationError, _$ConfigValidationError];

  @override
  final String wireName = r'ConfigValidationError';

  Iterable<Object?> _serializeProperties(
    Serializers serializers,
    ConfigValidationError object, {
    FullType specifiedType = FullType.unspecified,
  }) sync* {
    yield r'message';
    yield serializers.serialize(
      object.message,
      specifiedType: const FullType(String),
    );
    yield r'path';
    yield serializers.serialize(
      object.path,
      specifiedType: const FullType(String),
    );
  }

  @override
  Object serialize(
    Serializers serializers,
    ConfigValidationError object, {
    FullType specifiedType = FullType.unspecified,
  }) {
    return _serializeProperties(serializers, object, specifiedType: specifiedType).toList();
  }

  void _deserializeProperties(
    Serializers serializers,
    Object serialized, {
    FullType specifiedType = FullType.unspecified,
    required List<Object?> serializedList,
    required ConfigValidationErrorBuilder result,
    required List<Object?> unhandled,
  }) {
    for (var i = 0; i < serializedList.length; i += 2) {
      final key = serializedList[i] as String;
      final value = serializedList[i + 1];
      switch (key) {
        case r'message':
          final valueDes = serializers.deserialize(
            value,
            specifiedType: const FullType(String),
          ) as String;
          result.message = valueDes;
          break;
        case r'path':
          final valueDes = serializers.deserialize(
            value,
            specifiedType: const FullType(String),
          ) as String;
          result.path = valueDes;
          break;
        default:
          unhandled.add(key);
          unhandled.add(value);
          break;
      }
    }
  }

  @override
  ConfigValidationError deserialize(
    Serializers serializers,
    Object serialized, {
    FullType specifiedType = FullType.unspecified,
  }) {
    final result = ConfigValidationErrorBuilder();
    final serializedList = (serialized as Iterable<Object?>).toList();
    final unhandled = <Object?>[];
    _deserializeProperties(
      serializers,
      serialized,
      specifiedType: specifiedType,
      serializedList: serializedList,
      unhandled: unhandled,
      result: result,
    );
    return result.build();
  }
}


