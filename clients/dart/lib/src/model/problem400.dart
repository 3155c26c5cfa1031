//
// AUTO-GENERATED FILE, DO NOT MODIFY!
//

// ignore_for_file: unused_element
import 'package:avatar_forge_client/src/model/problem400_errors_inner.dart';
import 'package:built_collection/built_collection.dart';
import 'package:built_value/built_value.dart';
import 'package:built_value/serializer.dart';

part 'problem400.g.dart';

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
abstract class Problem400 implements Built<Problem400, Problem400Builder> {
  @BuiltValueField(wireName: r'code')
  Problem400CodeEnum get code;
  // enum codeEnum {  bad_request,  image_fetch_failed,  invalid_field,  invalid_image,  invalid_json,  invalid_quality,  missing_field,  request_rejected,  unknown_field,  unknown_style,  url_not_allowed,  };

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
  Problem400StatusEnum get status;
  // enum statusEnum {  400,  };

  @BuiltValueField(wireName: r'title')
  String? get title;

  @BuiltValueField(wireName: r'type')
  String? get type;

  Problem400._();

  factory Problem400([void updates(Problem400Builder b)]) = _$Problem400;

  @BuiltValueHook(initializeBuilder: true)
  static void _defaults(Problem400Builder b) => b;

  @BuiltValueSerializer(custom: true)
  static Serializer<Problem400> get serializer => _$Problem400Serializer();
}

class _$Problem400Serializer implements PrimitiveSerializer<Problem400> {
  @override
  final Iterable<Type> types = const [Problem400, _$Problem400];

  @override
  final String wireName = r'Problem400';

  Iterable<Object?> _serializeProperties(
    Serializers serializers,
    Problem400 object, {
    FullType specifiedType = FullType.unspecified,
  }) sync* {
    yield r'code';
    yield serializers.serialize(
      object.code,
      specifiedType: const FullType(Problem400CodeEnum),
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
      specifiedType: const FullType(Problem400StatusEnum),
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
    Problem400 object, {
    FullType specifiedType = FullType.unspecified,
  }) {
    return _serializeProperties(serializers, object, specifiedType: specifiedType).toList();
  }

  void _deserializeProperties(
    Serializers serializers,
    Object serialized, {
    FullType specifiedType = FullType.unspecified,
    required List<Object?> serializedList,
    required Problem400Builder result,
    required List<Object?> unhandled,
  }) {
    for (var i = 0; i < serializedList.length; i += 2) {
      final key = serializedList[i] as String;
      final value = serializedList[i + 1];
      switch (key) {
        case r'code':
          final valueDes = serializers.deserialize(
            value,
            specifiedType: const FullType(Problem400CodeEnum),
          ) as Problem400CodeEnum;
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
            specifiedType: const FullType(Problem400StatusEnum),
          ) as Problem400StatusEnum;
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
  Problem400 deserialize(
    Serializers serializers,
    Object serialized, {
    FullType specifiedType = FullType.unspecified,
  }) {
    final result = Problem400Builder();
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


class Problem400CodeEnum extends EnumClass {

  @BuiltValueEnumConst(wireName: r'bad_request')
  static const Problem400CodeEnum badRequest = _$problem400CodeEnum_badRequest;
  @BuiltValueEnumConst(wireName: r'image_fetch_failed')
  static const Problem400CodeEnum imageFetchFailed = _$problem400CodeEnum_imageFetchFailed;
  @BuiltValueEnumConst(wireName: r'invalid_field')
  static const Problem400CodeEnum invalidField = _$problem400CodeEnum_invalidField;
  @BuiltValueEnumConst(wireName: r'invalid_image')
  static const Problem400CodeEnum invalidImage = _$problem400CodeEnum_invalidImage;
  @BuiltValueEnumConst(wireName: r'invalid_json')
  static const Problem400CodeEnum invalidJson = _$problem400CodeEnum_invalidJson;
  @BuiltValueEnumConst(wireName: r'invalid_quality')
  static const Problem400CodeEnum invalidQuality = _$problem400CodeEnum_invalidQuality;
  @BuiltValueEnumConst(wireName: r'missing_field')
  static const Problem400CodeEnum missingField = _$problem400CodeEnum_missingField;
  @BuiltValueEnumConst(wireName: r'request_rejected')
  static const Problem400CodeEnum requestRejected = _$problem400CodeEnum_requestRejected;
  @BuiltValueEnumConst(wireName: r'unknown_field')
  static const Problem400CodeEnum unknownField = _$problem400CodeEnum_unknownField;
  @BuiltValueEnumConst(wireName: r'unknown_style')
  static const Problem400CodeEnum unknownStyle = _$problem400CodeEnum_unknownStyle;
  @BuiltValueEnumConst(wireName: r'url_not_allowed')
  static const Problem400CodeEnum urlNotAllowed = _$problem400CodeEnum_urlNotAllowed;

  static Serializer<Problem400CodeEnum> get serializer => _$problem400CodeEnumSerializer;

  const Problem400CodeEnum._(String name): super(name);

  static BuiltSet<Problem400CodeEnum> get values => _$problem400CodeEnumValues;
  static Problem400CodeEnum valueOf(String name) => _$problem400CodeEnumValueOf(name);
}

class Problem400StatusEnum extends EnumClass {

  @BuiltValueEnumConst(wireNumber: 400)
  static const Problem400StatusEnum number400 = _$problem400StatusEnum_number400;

  static Serializer<Problem400StatusEnum> get serializer => _$problem400StatusEnumSerializer;

  const Problem400StatusEnum._(String name): super(name);

  static BuiltSet<Problem400StatusEnum> get values => _$problem400StatusEnumValues;
  static Problem400StatusEnum valueOf(String name) => _$problem400StatusEnumValueOf(name);
}

