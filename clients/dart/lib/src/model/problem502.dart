//
// AUTO-GENERATED FILE, DO NOT MODIFY!
//

// ignore_for_file: unused_element
import 'package:avatar_forge_client/src/model/problem400_errors_inner.dart';
import 'package:built_collection/built_collection.dart';
import 'package:built_value/built_value.dart';
import 'package:built_value/serializer.dart';

part 'problem502.g.dart';

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
abstract class Problem502 implements Built<Problem502, Problem502Builder> {
  @BuiltValueField(wireName: r'code')
  Problem502CodeEnum get code;
  // enum codeEnum {  generation_failed,  input_image_missing,  internal_error,  provider_auth_failed,  provider_model_unavailable,  provider_not_configured,  unknown_style,  };

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
  Problem502StatusEnum get status;
  // enum statusEnum {  502,  };

  @BuiltValueField(wireName: r'title')
  String? get title;

  @BuiltValueField(wireName: r'type')
  String? get type;

  Problem502._();

  factory Problem502([void updates(Problem502Builder b)]) = _$Problem502;

  @BuiltValueHook(initializeBuilder: true)
  static void _defaults(Problem502Builder b) => b;

  @BuiltValueSerializer(custom: true)
  static Serializer<Problem502> get serializer => _$Problem502Serializer();
}

class _$Problem502Serializer implements PrimitiveSerializer<Problem502> {
  @override
  final Iterable<Type> types = const [Problem502, _$Problem502];

  @override
  final String wireName = r'Problem502';

  Iterable<Object?> _serializeProperties(
    Serializers serializers,
    Problem502 object, {
    FullType specifiedType = FullType.unspecified,
  }) sync* {
    yield r'code';
    yield serializers.serialize(
      object.code,
      specifiedType: const FullType(Problem502CodeEnum),
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
      specifiedType: const FullType(Problem502StatusEnum),
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
    Problem502 object, {
    FullType specifiedType = FullType.unspecified,
  }) {
    return _serializeProperties(serializers, object, specifiedType: specifiedType).toList();
  }

  void _deserializeProperties(
    Serializers serializers,
    Object serialized, {
    FullType specifiedType = FullType.unspecified,
    required List<Object?> serializedList,
    required Problem502Builder result,
    required List<Object?> unhandled,
  }) {
    for (var i = 0; i < serializedList.length; i += 2) {
      final key = serializedList[i] as String;
      final value = serializedList[i + 1];
      switch (key) {
        case r'code':
          final valueDes = serializers.deserialize(
            value,
            specifiedType: const FullType(Problem502CodeEnum),
          ) as Problem502CodeEnum;
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
            specifiedType: const FullType(Problem502StatusEnum),
          ) as Problem502StatusEnum;
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
  Problem502 deserialize(
    Serializers serializers,
    Object serialized, {
    FullType specifiedType = FullType.unspecified,
  }) {
    final result = Problem502Builder();
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


class Problem502CodeEnum extends EnumClass {

  @BuiltValueEnumConst(wireName: r'generation_failed')
  static const Problem502CodeEnum generationFailed = _$problem502CodeEnum_generationFailed;
  @BuiltValueEnumConst(wireName: r'input_image_missing')
  static const Problem502CodeEnum inputImageMissing = _$problem502CodeEnum_inputImageMissing;
  @BuiltValueEnumConst(wireName: r'internal_error')
  static const Problem502CodeEnum internalError = _$problem502CodeEnum_internalError;
  @BuiltValueEnumConst(wireName: r'provider_auth_failed')
  static const Problem502CodeEnum providerAuthFailed = _$problem502CodeEnum_providerAuthFailed;
  @BuiltValueEnumConst(wireName: r'provider_model_unavailable')
  static const Problem502CodeEnum providerModelUnavailable = _$problem502CodeEnum_providerModelUnavailable;
  @BuiltValueEnumConst(wireName: r'provider_not_configured')
  static const Problem502CodeEnum providerNotConfigured = _$problem502CodeEnum_providerNotConfigured;
  @BuiltValueEnumConst(wireName: r'unknown_style')
  static const Problem502CodeEnum unknownStyle = _$problem502CodeEnum_unknownStyle;

  static Serializer<Problem502CodeEnum> get serializer => _$problem502CodeEnumSerializer;

  const Problem502CodeEnum._(String name): super(name);

  static BuiltSet<Problem502CodeEnum> get values => _$problem502CodeEnumValues;
  static Problem502CodeEnum valueOf(String name) => _$problem502CodeEnumValueOf(name);
}

class Problem502StatusEnum extends EnumClass {

  @BuiltValueEnumConst(wireNumber: 502)
  static const Problem502StatusEnum number502 = _$problem502StatusEnum_number502;

  static Serializer<Problem502StatusEnum> get serializer => _$problem502StatusEnumSerializer;

  const Problem502StatusEnum._(String name): super(name);

  static BuiltSet<Problem502StatusEnum> get values => _$problem502StatusEnumValues;
  static Problem502StatusEnum valueOf(String name) => _$problem502StatusEnumValueOf(name);
}

