//
// AUTO-GENERATED FILE, DO NOT MODIFY!
//

// ignore_for_file: unused_element
import 'package:built_value/built_value.dart';
import 'package:built_value/serializer.dart';

part 'problem400_errors_inner.g.dart';

/// Problem400ErrorsInner
///
/// Properties:
/// * [field] 
/// * [message] 
@BuiltValue()
abstract class Problem400ErrorsInner implements Built<Problem400ErrorsInner, Problem400ErrorsInnerBuilder> {
  @BuiltValueField(wireName: r'field')
  String? get field;

  @BuiltValueField(wireName: r'message')
  String? get message;

  Problem400ErrorsInner._();

  factory Problem400ErrorsInner([void updates(Problem400ErrorsInnerBuilder b)]) = _$Problem400ErrorsInner;

  @BuiltValueHook(initializeBuilder: true)
  static void _defaults(Problem400ErrorsInnerBuilder b) => b;

  @BuiltValueSerializer(custom: true)
  static Serializer<Problem400ErrorsInner> get serializer => _$Problem400ErrorsInnerSerializer();
}

class _$Problem400ErrorsInnerSerializer implements PrimitiveSerializer<Problem400ErrorsInner> {
  @override
  final Iterable<Type> types = const [Problem400ErrorsInner, _$Problem400ErrorsInner];

  @override
  final String wireName = r'Problem400ErrorsInner';

  Iterable<Object?> _serializeProperties(
    Serializers serializers,
    Problem400ErrorsInner object, {
    FullType specifiedType = FullType.unspecified,
  }) sync* {
    if (object.field != null) {
      yield r'field';
      yield serializers.serialize(
        object.field,
        specifiedType: const FullType(String),
      );
    }
    if (object.message != null) {
      yield r'message';
      yield serializers.serialize(
        object.message,
        specifiedType: const FullType(String),
      );
    }
  }

  @override
  Object serialize(
    Serializers serializers,
    Problem400ErrorsInner object, {
    FullType specifiedType = FullType.unspecified,
  }) {
    return _serializeProperties(serializers, object, specifiedType: specifiedType).toList();
  }

  void _deserializeProperties(
    Serializers serializers,
    Object serialized, {
    FullType specifiedType = FullType.unspecified,
    required List<Object?> serializedList,
    required Problem400ErrorsInnerBuilder result,
    required List<Object?> unhandled,
  }) {
    for (var i = 0; i < serializedList.length; i += 2) {
      final key = serializedList[i] as String;
      final value = serializedList[i + 1];
      switch (key) {
        case r'field':
          final valueDes = serializers.deserialize(
            value,
            specifiedType: const FullType.nullable(String),
          ) as String?;
          if (valueDes == null) continue;
          result.field = valueDes;
          break;
        case r'message':
          final valueDes = serializers.deserialize(
            value,
            specifiedType: const FullType.nullable(String),
          ) as String?;
          if (valueDes == null) continue;
          result.message = valueDes;
          break;
        default:
          unhandled.add(key);
          unhandled.add(value);
          break;
      }
    }
  }

  @override
  Problem400ErrorsInner deserialize(
    Serializers serializers,
    Object serialized, {
    FullType specifiedType = FullType.unspecified,
  }) {
    final result = Problem400ErrorsInnerBuilder();
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


