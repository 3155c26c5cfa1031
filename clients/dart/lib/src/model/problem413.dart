//
// AUTO-GENERATED FILE, DO NOT MODIFY!
//

// ignore_for_file: unused_element
import 'package:avatar_forge_client/src/model/problem400_errors_inner.dart';
import 'package:built_collection/built_collection.dart';
import 'package:built_value/built_value.dart';
import 'package:built_value/serializer.dart';

part 'problem413.g.dart';

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
abstract class Problem413 implements Built<Problem413, Problem413Builder> {
  @BuiltValueField(wireName: r'code')
  Problem413CodeEnum get code;
  // enum codeEnum {  image_too_large,  payload_too_large,  };

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
  Problem413StatusEnum get status;
  // enum statusEnum {  413,  };

  @BuiltValueField(wireName: r'title')
  String? get title;

  @BuiltValueField(wireName: r'type')
  String? get type;

  Problem413._();

  factory Problem413([void updates(Problem413Builder b)]) = _$Problem413;

  @BuiltValueHook(initializeBuilder: true)
  static void _defaults(Problem413Builder b) => b;

  @BuiltValueSerializer(custom: true)
  static Serializer<Problem413> get serializer => _$Problem413Serializer();
}

class _$Problem413Serializer implements PrimitiveSerializer<Problem413> {
  @override
  final Iterable<Type> types = const [Problem413, _$Problem413];

  @override
  final String wireName = r'Problem413';

  Iterable<Object?> _serializeProperties(
    Serializers serializers,
    Problem413 object, {
    FullType specifiedType = FullType.unspecified,
  }) sync* {
    yield r'code';
    yield serializers.serialize(
      object.code,
      specifiedType: const FullType(Problem413CodeEnum),
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
      specifiedType: const FullType(Problem413StatusEnum),
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
    Problem413 object, {
    FullType specifiedType = FullType.unspecified,
  }) {
    return _serializeProperties(serializers, object, specifiedType: specifiedType).toList();
  }

  void _deserializeProperties(
    Serializers serializers,
    Object serialized, {
    FullType specifiedType = FullType.unspecified,
    required List<Object?> serializedList,
    required Problem413Builder result,
    required List<Object?> unhandled,
  }) {
    for (var i = 0; i < serializedList.length; i += 2) {
      final key = serializedList[i] as String;
      final value = serializedList[i + 1];
      switch (key) {
        case r'code':
          final valueDes = serializers.deserialize(
            value,
            specifiedType: const FullType(Problem413CodeEnum),
          ) as Problem413CodeEnum;
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
            specifiedType: const FullType(Problem413StatusEnum),
          ) as Problem413StatusEnum;
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
  Problem413 deserialize(
    Serializers serializers,
    Object serialized, {
    FullType specifiedType = FullType.unspecified,
  }) {
    final result = Problem413Builder();
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


class Problem413CodeEnum extends EnumClass {

  @BuiltValueEnumConst(wireName: r'image_too_large')
  static const Problem413CodeEnum imageTooLarge = _$problem413CodeEnum_imageTooLarge;
  @BuiltValueEnumConst(wireName: r'payload_too_large')
  static const Problem413CodeEnum payloadTooLarge = _$problem413CodeEnum_payloadTooLarge;

  static Serializer<Problem413CodeEnum> get serializer => _$problem413CodeEnumSerializer;

  const Problem413CodeEnum._(String name): super(name);

  static BuiltSet<Problem413CodeEnum> get values => _$problem413CodeEnumValues;
  static Problem413CodeEnum valueOf(String name) => _$problem413CodeEnumValueOf(name);
}

class Problem413StatusEnum extends EnumClass {

  @BuiltValueEnumConst(wireNumber: 413)
  static const Problem413StatusEnum number413 = _$problem413StatusEnum_number413;

  static Serializer<Problem413StatusEnum> get serializer => _$problem413StatusEnumSerializer;

  const Problem413StatusEnum._(String name): super(name);

  static BuiltSet<Problem413StatusEnum> get values => _$problem413StatusEnumValues;
  static Problem413StatusEnum valueOf(String name) => _$problem413StatusEnumValueOf(name);
}

