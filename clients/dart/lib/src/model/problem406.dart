//
// AUTO-GENERATED FILE, DO NOT MODIFY!
//

// ignore_for_file: unused_element
import 'package:avatar_forge_client/src/model/problem400_errors_inner.dart';
import 'package:built_collection/built_collection.dart';
import 'package:built_value/built_value.dart';
import 'package:built_value/serializer.dart';

part 'problem406.g.dart';

/// An RFC 9457 problem; `code` is stable and meant for clients to branch on.
///
/// Properties:
/// * [code] 
/// * [detail] - For humans; may change at any time.
/// * [errors] - With `invalid_field` and `missing_field`: one entry per refused field.
/// * [field] - With `unknown_field`: the refused property, as a JSON path (`a.b[0].c`).
/// * [instance] 
/// * [status] 
/// * [title] 
/// * [type] 
@BuiltValue()
abstract class Problem406 implements Built<Problem406, Problem406Builder> {
  @BuiltValueField(wireName: r'code')
  Problem406CodeEnum get code;
  // enum codeEnum {  not_acceptable,  };

  /// For humans; may change at any time.
  @BuiltValueField(wireName: r'detail')
  String? get detail;

  /// With `invalid_field` and `missing_field`: one entry per refused field.
  @BuiltValueField(wireName: r'errors')
  BuiltList<Problem400ErrorsInner>? get errors;

  /// With `unknown_field`: the refused property, as a JSON path (`a.b[0].c`).
  @BuiltValueField(wireName: r'field')
  String? get field;

  @BuiltValueField(wireName: r'instance')
  String? get instance;

  @BuiltValueField(wireName: r'status')
  Problem406StatusEnum get status;
  // enum statusEnum {  406,  };

  @BuiltValueField(wireName: r'title')
  String? get title;

  @BuiltValueField(wireName: r'type')
  String? get type;

  Problem406._();

  factory Problem406([void updates(Problem406Builder b)]) = _$Problem406;

  @BuiltValueHook(initializeBuilder: true)
  static void _defaults(Problem406Builder b) => b;

  @BuiltValueSerializer(custom: true)
  static Serializer<Problem406> get serializer => _$Problem406Serializer();
}

class _$Problem406Serializer implements PrimitiveSerializer<Problem406> {
  @override
  final Iterable<Type> types = const [Problem406, _$Problem406];

  @override
  final String wireName = r'Problem406';

  Iterable<Object?> _serializeProperties(
    Serializers serializers,
    Problem406 object, {
    FullType specifiedType = FullType.unspecified,
  }) sync* {
    yield r'code';
    yield serializers.serialize(
      object.code,
      specifiedType: const FullType(Problem406CodeEnum),
    );
    if (object.detail != null) {
      yield r'detail';
      yield serializers.serialize(
        object.detail,
        specifiedType: const FullType(String),
      );
    }
    if (object.errors != null) {
      yield r'errors';
      yield serializers.serialize(
        object.errors,
        specifiedType: const FullType(BuiltList, [FullType(Problem400ErrorsInner)]),
      );
    }
    if (object.field != null) {
      yield r'field';
      yield serializers.serialize(
        object.field,
        specifiedType: const FullType(String),
      );
    }
    if (object.instance != null) {
      yield r'instance';
      yield serializers.serialize(
        object.instance,
        specifiedType: const FullType(String),
      );
    }
    yield r'status';
    yield serializers.serialize(
      object.status,
      specifiedType: const FullType(Problem406StatusEnum),
    );
    if (object.title != null) {
      yield r'title';
      yield serializers.serialize(
        object.title,
        specifiedType: const FullType(String),
      );
    }
    if (object.type != null) {
      yield r'type';
      yield serializers.serialize(
        object.type,
        specifiedType: const FullType(String),
      );
    }
  }

  @override
  Object serialize(
    Serializers serializers,
    Problem406 object, {
    FullType specifiedType = FullType.unspecified,
  }) {
    return _serializeProperties(serializers, object, specifiedType: specifiedType).toList();
  }

  void _deserializeProperties(
    Serializers serializers,
    Object serialized, {
    FullType specifiedType = FullType.unspecified,
    required List<Object?> serializedList,
    required Problem406Builder result,
    required List<Object?> unhandled,
  }) {
    for (var i = 0; i < serializedList.length; i += 2) {
      final key = serializedList[i] as String;
      final value = serializedList[i + 1];
      switch (key) {
        case r'code':
          final valueDes = serializers.deserialize(
            value,
            specifiedType: const FullType(Problem406CodeEnum),
          ) as Problem406CodeEnum;
          result.code = valueDes;
          break;
        case r'detail':
          final valueDes = serializers.deserialize(
            value,
            specifiedType: const FullType.nullable(String),
          ) as String?;
          if (valueDes == null) continue;
          result.detail = valueDes;
          break;
        case r'errors':
          final valueDes = serializers.deserialize(
            value,
            specifiedType: const FullType.nullable(BuiltList, [FullType(Problem400ErrorsInner)]),
          ) as BuiltList<Problem400ErrorsInner>?;
          if (valueDes == null) continue;
          result.errors.replace(valueDes);
          break;
        case r'field':
          final valueDes = serializers.deserialize(
            value,
            specifiedType: const FullType.nullable(String),
          ) as String?;
          if (valueDes == null) continue;
          result.field = valueDes;
          break;
        case r'instance':
          final valueDes = serializers.deserialize(
            value,
            specifiedType: const FullType.nullable(String),
          ) as String?;
          if (valueDes == null) continue;
          result.instance = valueDes;
          break;
        case r'status':
          final valueDes = serializers.deserialize(
            value,
            specifiedType: const FullType(Problem406StatusEnum),
          ) as Problem406StatusEnum;
          result.status = valueDes;
          break;
        case r'title':
          final valueDes = serializers.deserialize(
            value,
            specifiedType: const FullType.nullable(String),
          ) as String?;
          if (valueDes == null) continue;
          result.title = valueDes;
          break;
        case r'type':
          final valueDes = serializers.deserialize(
            value,
            specifiedType: const FullType.nullable(String),
          ) as String?;
          if (valueDes == null) continue;
          result.type = valueDes;
          break;
        default:
          unhandled.add(key);
          unhandled.add(value);
          break;
      }
    }
  }

  @override
  Problem406 deserialize(
    Serializers serializers,
    Object serialized, {
    FullType specifiedType = FullType.unspecified,
  }) {
    final result = Problem406Builder();
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


class Problem406CodeEnum extends EnumClass {

  @BuiltValueEnumConst(wireName: r'not_acceptable')
  static const Problem406CodeEnum notAcceptable = _$problem406CodeEnum_notAcceptable;

  static Serializer<Problem406CodeEnum> get serializer => _$problem406CodeEnumSerializer;

  const Problem406CodeEnum._(String name): super(name);

  static BuiltSet<Problem406CodeEnum> get values => _$problem406CodeEnumValues;
  static Problem406CodeEnum valueOf(String name) => _$problem406CodeEnumValueOf(name);
}

class Problem406StatusEnum extends EnumClass {

  @BuiltValueEnumConst(wireNumber: 406)
  static const Problem406StatusEnum number406 = _$problem406StatusEnum_number406;

  static Serializer<Problem406StatusEnum> get serializer => _$problem406StatusEnumSerializer;

  const Problem406StatusEnum._(String name): super(name);

  static BuiltSet<Problem406StatusEnum> get values => _$problem406StatusEnumValues;
  static Problem406StatusEnum valueOf(String name) => _$problem406StatusEnumValueOf(name);
}

