//
// AUTO-GENERATED FILE, DO NOT MODIFY!
//

// ignore_for_file: unused_element
import 'package:avatar_forge_client/src/model/open_ai_error_body.dart';
import 'package:built_value/built_value.dart';
import 'package:built_value/serializer.dart';

part 'open_ai_error.g.dart';

/// OpenAI's error object
///
/// Properties:
/// * [error] 
@BuiltValue()
abstract class OpenAiError implements Built<OpenAiError, OpenAiErrorBuilder> {
  @BuiltValueField(wireName: r'error')
  OpenAiErrorBody get error;

  OpenAiError._();

  factory OpenAiError([void updates(OpenAiErrorBuilder b)]) = _$OpenAiError;

  @BuiltValueHook(initializeBuilder: true)
  static void _defaults(OpenAiErrorBuilder b) => b;

  @BuiltValueSerializer(custom: true)
  static Serializer<OpenAiError> get serializer => _$OpenAiErrorSerializer();
}

class _$OpenAiErrorSerializer implements PrimitiveSerializer<OpenAiError> {
  @override
  final Iterable<Type> types = const [OpenAiError, _$OpenAiError];

  @override
  final String wireName = r'OpenAiError';

  Iterable<Object?> _serializeProperties(
    Serializers serializers,
    OpenAiError object, {
    FullType specifiedType = FullType.unspecified,
  }) sync* {
    yield r'error';
    yield serializers.serialize(
      object.error,
      specifiedType: const FullType(OpenAiErrorBody),
    );
  }

  @override
  Object serialize(
    Serializers serializers,
    OpenAiError object, {
    FullType specifiedType = FullType.unspecified,
  }) {
    return _serializeProperties(serializers, object, specifiedType: specifiedType).toList();
  }

  void _deserializeProperties(
    Serializers serializers,
    Object serialized, {
    FullType specifiedType = FullType.unspecified,
    required List<Object?> serializedList,
    required OpenAiErrorBuilder result,
    required List<Object?> unhandled,
  }) {
    for (var i = 0; i < serializedList.length; i += 2) {
      final key = serializedList[i] as String;
      final value = serializedList[i + 1];
      switch (key) {
        case r'error':
          final valueDes = serializers.deserialize(
            value,
            specifiedType: const FullType(OpenAiErrorBody),
          ) as OpenAiErrorBody;
          result.error.replace(valueDes);
          break;
        default:
          unhandled.add(key);
          unhandled.add(value);
          break;
      }
    }
  }

  @override
  OpenAiError deserialize(
    Serializers serializers,
    Object serialized, {
    FullType specifiedType = FullType.unspecified,
  }) {
    final result = OpenAiErrorBuilder();
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


