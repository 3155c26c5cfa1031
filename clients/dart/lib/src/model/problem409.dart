//
// AUTO-GENERATED FILE, DO NOT MODIFY!
//

// ignore_for_file: unused_element
import 'package:avatar_forge_client/src/model/problem400_errors_inner.dart';
import 'package:built_collection/built_collection.dart';
import 'package:built_value/built_value.dart';
import 'package:built_value/serializer.dart';

part 'problem409.g.dart';

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
abstract class Problem409 implements Built<Problem409, Problem409Builder> {
  @BuiltValueField(wireName: r'code')
  Problem409CodeEnum get code;
  // enum codeEnum {  canceled,  config_conflict,  idempotency_key_in_use,  job_not_cancelable,  job_not_retryable,  job_running,  no_webhook_event,  };

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
  Problem409StatusEnum get status;
  // enum statusEnum {  409,  };

  @BuiltValueField(wireName: r'title')
  String? get title;

  @BuiltValueField(wireName: r'type')
  String? get type;

  Problem409._();

  factory Problem409([void updates(Problem409Builder b)]) = _$Problem409;

  @BuiltValueHook(initializeBuilder: true)
  static void _defaults(Problem409Builder b) => b;

  @BuiltValueSerializer(custom: true)
  static Serializer<Problem409> get serializer => _$Problem409Serializer();
}

class _$Problem409Serializer implements PrimitiveSerializer<Problem409> {
  @override
  final Iterable<Type> types = const [Problem409, _$Problem409];

  @override
  final String wireName = r'Problem409';

  Iterable<Object?> _serializeProperties(
    Serializers serializers,
    Problem409 object, {
    FullType specifiedType = FullType.unspecified,
  }) sync* {
    yield r'code';
    yield serializers.serialize(
      object.code,
      specifiedType: const FullType(Problem409CodeEnum),
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
      specifiedType: const FullType(Problem409StatusEnum),
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
    Problem409 object, {
    FullType specifiedType = FullType.unspecified,
  }) {
    return _serializeProperties(serializers, object, specifiedType: specifiedType).toList();
  }

  void _deserializeProperties(
    Serializers serializers,
    Object serialized, {
    FullType specifiedType = FullType.unspecified,
    required List<Object?> serializedList,
    required Problem409Builder result,
    required List<Object?> unhandled,
  }) {
    for (var i = 0; i < serializedList.length; i += 2) {
      final key = serializedList[i] as String;
      final value = serializedList[i + 1];
      switch (key) {
        case r'code':
          final valueDes = serializers.deserialize(
            value,
            specifiedType: const FullType(Problem409CodeEnum),
          ) as Problem409CodeEnum;
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
            specifiedType: const FullType(Problem409StatusEnum),
          ) as Problem409StatusEnum;
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
  Problem409 deserialize(
    Serializers serializers,
    Object serialized, {
    FullType specifiedType = FullType.unspecified,
  }) {
    final result = Problem409Builder();
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


class Problem409CodeEnum extends EnumClass {

  @BuiltValueEnumConst(wireName: r'canceled')
  static const Problem409CodeEnum canceled = _$problem409CodeEnum_canceled;
  @BuiltValueEnumConst(wireName: r'config_conflict')
  static const Problem409CodeEnum configConflict = _$problem409CodeEnum_configConflict;
  @BuiltValueEnumConst(wireName: r'idempotency_key_in_use')
  static const Problem409CodeEnum idempotencyKeyInUse = _$problem409CodeEnum_idempotencyKeyInUse;
  @BuiltValueEnumConst(wireName: r'job_not_cancelable')
  static const Problem409CodeEnum jobNotCancelable = _$problem409CodeEnum_jobNotCancelable;
  @BuiltValueEnumConst(wireName: r'job_not_retryable')
  static const Problem409CodeEnum jobNotRetryable = _$problem409CodeEnum_jobNotRetryable;
  @BuiltValueEnumConst(wireName: r'job_running')
  static const Problem409CodeEnum jobRunning = _$problem409CodeEnum_jobRunning;
  @BuiltValueEnumConst(wireName: r'no_webhook_event')
  static const Problem409CodeEnum noWebhookEvent = _$problem409CodeEnum_noWebhookEvent;

  static Serializer<Problem409CodeEnum> get serializer => _$problem409CodeEnumSerializer;

  const Problem409CodeEnum._(String name): super(name);

  static BuiltSet<Problem409CodeEnum> get values => _$problem409CodeEnumValues;
  static Problem409CodeEnum valueOf(String name) => _$problem409CodeEnumValueOf(name);
}

class Problem409StatusEnum extends EnumClass {

  @BuiltValueEnumConst(wireNumber: 409)
  static const Problem409StatusEnum number409 = _$problem409StatusEnum_number409;

  static Serializer<Problem409StatusEnum> get serializer => _$problem409StatusEnumSerializer;

  const Problem409StatusEnum._(String name): super(name);

  static BuiltSet<Problem409StatusEnum> get values => _$problem409StatusEnumValues;
  static Problem409StatusEnum valueOf(String name) => _$problem409StatusEnumValueOf(name);
}

