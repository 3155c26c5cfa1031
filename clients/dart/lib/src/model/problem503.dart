//
// AUTO-GENERATED FILE, DO NOT MODIFY!
//

// ignore_for_file: unused_element
import 'package:avatar_forge_client/src/model/problem400_errors_inner.dart';
import 'package:built_collection/built_collection.dart';
import 'package:built_value/built_value.dart';
import 'package:built_value/serializer.dart';

part 'problem503.g.dart';

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
abstract class Problem503 implements Built<Problem503, Problem503Builder> {
  @BuiltValueField(wireName: r'code')
  Problem503CodeEnum get code;
  // enum codeEnum {  config_unavailable,  provider_circuit_open,  provider_rate_limited,  provider_timeout,  provider_unavailable,  service_unavailable,  too_many_streams,  worker_busy,  worker_lost,  };

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
  Problem503StatusEnum get status;
  // enum statusEnum {  503,  };

  @BuiltValueField(wireName: r'title')
  String? get title;

  @BuiltValueField(wireName: r'type')
  String? get type;

  Problem503._();

  factory Problem503([void updates(Problem503Builder b)]) = _$Problem503;

  @BuiltValueHook(initializeBuilder: true)
  static void _defaults(Problem503Builder b) => b;

  @BuiltValueSerializer(custom: true)
  static Serializer<Problem503> get serializer => _$Problem503Serializer();
}

class _$Problem503Serializer implements PrimitiveSerializer<Problem503> {
  @override
  final Iterable<Type> types = const [Problem503, _$Problem503];

  @override
  final String wireName = r'Problem503';

  Iterable<Object?> _serializeProperties(
    Serializers serializers,
    Problem503 object, {
    FullType specifiedType = FullType.unspecified,
  }) sync* {
    yield r'code';
    yield serializers.serialize(
      object.code,
      specifiedType: const FullType(Problem503CodeEnum),
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
      specifiedType: const FullType(Problem503StatusEnum),
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
    Problem503 object, {
    FullType specifiedType = FullType.unspecified,
  }) {
    return _serializeProperties(serializers, object, specifiedType: specifiedType).toList();
  }

  void _deserializeProperties(
    Serializers serializers,
    Object serialized, {
    FullType specifiedType = FullType.unspecified,
    required List<Object?> serializedList,
    required Problem503Builder result,
    required List<Object?> unhandled,
  }) {
    for (var i = 0; i < serializedList.length; i += 2) {
      final key = serializedList[i] as String;
      final value = serializedList[i + 1];
      switch (key) {
        case r'code':
          final valueDes = serializers.deserialize(
            value,
            specifiedType: const FullType(Problem503CodeEnum),
          ) as Problem503CodeEnum;
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
            specifiedType: const FullType(Problem503StatusEnum),
          ) as Problem503StatusEnum;
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
  Problem503 deserialize(
    Serializers serializers,
    Object serialized, {
    FullType specifiedType = FullType.unspecified,
  }) {
    final result = Problem503Builder();
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


class Problem503CodeEnum extends EnumClass {

  @BuiltValueEnumConst(wireName: r'config_unavailable')
  static const Problem503CodeEnum configUnavailable = _$problem503CodeEnum_configUnavailable;
  @BuiltValueEnumConst(wireName: r'provider_circuit_open')
  static const Problem503CodeEnum providerCircuitOpen = _$problem503CodeEnum_providerCircuitOpen;
  @BuiltValueEnumConst(wireName: r'provider_rate_limited')
  static const Problem503CodeEnum providerRateLimited = _$problem503CodeEnum_providerRateLimited;
  @BuiltValueEnumConst(wireName: r'provider_timeout')
  static const Problem503CodeEnum providerTimeout = _$problem503CodeEnum_providerTimeout;
  @BuiltValueEnumConst(wireName: r'provider_unavailable')
  static const Problem503CodeEnum providerUnavailable = _$problem503CodeEnum_providerUnavailable;
  @BuiltValueEnumConst(wireName: r'service_unavailable')
  static const Problem503CodeEnum serviceUnavailable = _$problem503CodeEnum_serviceUnavailable;
  @BuiltValueEnumConst(wireName: r'too_many_streams')
  static const Problem503CodeEnum tooManyStreams = _$problem503CodeEnum_tooManyStreams;
  @BuiltValueEnumConst(wireName: r'worker_busy')
  static const Problem503CodeEnum workerBusy = _$problem503CodeEnum_workerBusy;
  @BuiltValueEnumConst(wireName: r'worker_lost')
  static const Problem503CodeEnum workerLost = _$problem503CodeEnum_workerLost;

  static Serializer<Problem503CodeEnum> get serializer => _$problem503CodeEnumSerializer;

  const Problem503CodeEnum._(String name): super(name);

  static BuiltSet<Problem503CodeEnum> get values => _$problem503CodeEnumValues;
  static Problem503CodeEnum valueOf(String name) => _$problem503CodeEnumValueOf(name);
}

class Problem503StatusEnum extends EnumClass {

  @BuiltValueEnumConst(wireNumber: 503)
  static const Problem503StatusEnum number503 = _$problem503StatusEnum_number503;

  static Serializer<Problem503StatusEnum> get serializer => _$problem503StatusEnumSerializer;

  const Problem503StatusEnum._(String name): super(name);

  static BuiltSet<Problem503StatusEnum> get values => _$problem503StatusEnumValues;
  static Problem503StatusEnum valueOf(String name) => _$problem503StatusEnumValueOf(name);
}

