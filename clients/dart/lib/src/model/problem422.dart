//
// AUTO-GENERATED FILE, DO NOT MODIFY!
//

// ignore_for_file: unused_element
import 'package:avatar_forge_client/src/model/problem400_errors_inner.dart';
import 'package:built_collection/built_collection.dart';
import 'package:built_value/built_value.dart';
import 'package:built_value/serializer.dart';

part 'problem422.g.dart';

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
abstract class Problem422 implements Built<Problem422, Problem422Builder> {
  @BuiltValueField(wireName: r'code')
  Problem422CodeEnum get code;
  // enum codeEnum {  content_policy_violation,  idempotency_key_reused,  image_too_large,  invalid_image,  provider_rejected_request,  unsupported_image_format,  };

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
  Problem422StatusEnum get status;
  // enum statusEnum {  422,  };

  @BuiltValueField(wireName: r'title')
  String? get title;

  @BuiltValueField(wireName: r'type')
  String? get type;

  Problem422._();

  factory Problem422([void updates(Problem422Builder b)]) = _$Problem422;

  @BuiltValueHook(initializeBuilder: true)
  static void _defaults(Problem422Builder b) => b;

  @BuiltValueSerializer(custom: true)
  static Serializer<Problem422> get serializer => _$Problem422Serializer();
}

class _$Problem422Serializer implements PrimitiveSerializer<Problem422> {
  @override
  final Iterable<Type> types = const [Problem422, _$Problem422];

  @override
  final String wireName = r'Problem422';

  Iterable<Object?> _serializeProperties(
    Serializers serializers,
    Problem422 object, {
    FullType specifiedType = FullType.unspecified,
  }) sync* {
    yield r'code';
    yield serializers.serialize(
      object.code,
      specifiedType: const FullType(Problem422CodeEnum),
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
      specifiedType: const FullType(Problem422StatusEnum),
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
    Problem422 object, {
    FullType specifiedType = FullType.unspecified,
  }) {
    return _serializeProperties(serializers, object, specifiedType: specifiedType).toList();
  }

  void _deserializeProperties(
    Serializers serializers,
    Object serialized, {
    FullType specifiedType = FullType.unspecified,
    required List<Object?> serializedList,
    required Problem422Builder result,
    required List<Object?> unhandled,
  }) {
    for (var i = 0; i < serializedList.length; i += 2) {
      final key = serializedList[i] as String;
      final value = serializedList[i + 1];
      switch (key) {
        case r'code':
          final valueDes = serializers.deserialize(
            value,
            specifiedType: const FullType(Problem422CodeEnum),
          ) as Problem422CodeEnum;
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
            specifiedType: const FullType(Problem422StatusEnum),
          ) as Problem422StatusEnum;
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
  Problem422 deserialize(
    Serializers serializers,
    Object serialized, {
    FullType specifiedType = FullType.unspecified,
  }) {
    final result = Problem422Builder();
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


class Problem422CodeEnum extends EnumClass {

  @BuiltValueEnumConst(wireName: r'content_policy_violation')
  static const Problem422CodeEnum contentPolicyViolation = _$problem422CodeEnum_contentPolicyViolation;
  @BuiltValueEnumConst(wireName: r'idempotency_key_reused')
  static const Problem422CodeEnum idempotencyKeyReused = _$problem422CodeEnum_idempotencyKeyReused;
  @BuiltValueEnumConst(wireName: r'image_too_large')
  static const Problem422CodeEnum imageTooLarge = _$problem422CodeEnum_imageTooLarge;
  @BuiltValueEnumConst(wireName: r'invalid_image')
  static const Problem422CodeEnum invalidImage = _$problem422CodeEnum_invalidImage;
  @BuiltValueEnumConst(wireName: r'provider_rejected_request')
  static const Problem422CodeEnum providerRejectedRequest = _$problem422CodeEnum_providerRejectedRequest;
  @BuiltValueEnumConst(wireName: r'unsupported_image_format')
  static const Problem422CodeEnum unsupportedImageFormat = _$problem422CodeEnum_unsupportedImageFormat;

  static Serializer<Problem422CodeEnum> get serializer => _$problem422CodeEnumSerializer;

  const Problem422CodeEnum._(String name): super(name);

  static BuiltSet<Problem422CodeEnum> get values => _$problem422CodeEnumValues;
  static Problem422CodeEnum valueOf(String name) => _$problem422CodeEnumValueOf(name);
}

class Problem422StatusEnum extends EnumClass {

  @BuiltValueEnumConst(wireNumber: 422)
  static const Problem422StatusEnum number422 = _$problem422StatusEnum_number422;

  static Serializer<Problem422StatusEnum> get serializer => _$problem422StatusEnumSerializer;

  const Problem422StatusEnum._(String name): super(name);

  static BuiltSet<Problem422StatusEnum> get values => _$problem422StatusEnumValues;
  static Problem422StatusEnum valueOf(String name) => _$problem422StatusEnumValueOf(name);
}

