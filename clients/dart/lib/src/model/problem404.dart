//
// AUTO-GENERATED FILE, DO NOT MODIFY!
//

// ignore_for_file: unused_element
import 'package:avatar_forge_client/src/model/problem400_errors_inner.dart';
import 'package:built_collection/built_collection.dart';
import 'package:built_value/built_value.dart';
import 'package:built_value/serializer.dart';

part 'problem404.g.dart';

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
abstract class Problem404 implements Built<Problem404, Problem404Builder> {
  @BuiltValueField(wireName: r'code')
  Problem404CodeEnum get code;
  // enum codeEnum {  api_key_not_found,  config_version_not_found,  image_not_found,  job_not_found,  not_found,  };

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
  Problem404StatusEnum get status;
  // enum statusEnum {  404,  };

  @BuiltValueField(wireName: r'title')
  String? get title;

  @BuiltValueField(wireName: r'type')
  String? get type;

  Problem404._();

  factory Problem404([void updates(Problem404Builder b)]) = _$Problem404;

  @BuiltValueHook(initializeBuilder: true)
  static void _defaults(Problem404Builder b) => b;

  @BuiltValueSerializer(custom: true)
  static Serializer<Problem404> get serializer => _$Problem404Serializer();
}

class _$Problem404Serializer implements PrimitiveSerializer<Problem404> {
  @override
  final Iterable<Type> types = const [Problem404, _$Problem404];

  @override
  final String wireName = r'Problem404';

  Iterable<Object?> _serializeProperties(
    Serializers serializers,
    Problem404 object, {
    FullType specifiedType = FullType.unspecified,
  }) sync* {
    yield r'code';
    yield serializers.serialize(
      object.code,
      specifiedType: const FullType(Problem404CodeEnum),
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
      specifiedType: const FullType(Problem404StatusEnum),
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
    Problem404 object, {
    FullType specifiedType = FullType.unspecified,
  }) {
    return _serializeProperties(serializers, object, specifiedType: specifiedType).toList();
  }

  void _deserializeProperties(
    Serializers serializers,
    Object serialized, {
    FullType specifiedType = FullType.unspecified,
    required List<Object?> serializedList,
    required Problem404Builder result,
    required List<Object?> unhandled,
  }) {
    for (var i = 0; i < serializedList.length; i += 2) {
      final key = serializedList[i] as String;
      final value = serializedList[i + 1];
      switch (key) {
        case r'code':
          final valueDes = serializers.deserialize(
            value,
            specifiedType: const FullType(Problem404CodeEnum),
          ) as Problem404CodeEnum;
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
            specifiedType: const FullType(Problem404StatusEnum),
          ) as Problem404StatusEnum;
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
  Problem404 deserialize(
    Serializers serializers,
    Object serialized, {
    FullType specifiedType = FullType.unspecified,
  }) {
    final result = Problem404Builder();
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


class Problem404CodeEnum extends EnumClass {

  @BuiltValueEnumConst(wireName: r'api_key_not_found')
  static const Problem404CodeEnum apiKeyNotFound = _$problem404CodeEnum_apiKeyNotFound;
  @BuiltValueEnumConst(wireName: r'config_version_not_found')
  static const Problem404CodeEnum configVersionNotFound = _$problem404CodeEnum_configVersionNotFound;
  @BuiltValueEnumConst(wireName: r'image_not_found')
  static const Problem404CodeEnum imageNotFound = _$problem404CodeEnum_imageNotFound;
  @BuiltValueEnumConst(wireName: r'job_not_found')
  static const Problem404CodeEnum jobNotFound = _$problem404CodeEnum_jobNotFound;
  @BuiltValueEnumConst(wireName: r'not_found')
  static const Problem404CodeEnum notFound = _$problem404CodeEnum_notFound;

  static Serializer<Problem404CodeEnum> get serializer => _$problem404CodeEnumSerializer;

  const Problem404CodeEnum._(String name): super(name);

  static BuiltSet<Problem404CodeEnum> get values => _$problem404CodeEnumValues;
  static Problem404CodeEnum valueOf(String name) => _$problem404CodeEnumValueOf(name);
}

class Problem404StatusEnum extends EnumClass {

  @BuiltValueEnumConst(wireNumber: 404)
  static const Problem404StatusEnum number404 = _$problem404StatusEnum_number404;

  static Serializer<Problem404StatusEnum> get serializer => _$problem404StatusEnumSerializer;

  const Problem404StatusEnum._(String name): super(name);

  static BuiltSet<Problem404StatusEnum> get values => _$problem404StatusEnumValues;
  static Problem404StatusEnum valueOf(String name) => _$problem404StatusEnumValueOf(name);
}

