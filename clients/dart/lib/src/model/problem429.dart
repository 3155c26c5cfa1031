//
// AUTO-GENERATED FILE, DO NOT MODIFY!
//

// ignore_for_file: unused_element
import 'package:avatar_forge_client/src/model/problem400_errors_inner.dart';
import 'package:built_collection/built_collection.dart';
import 'package:built_value/built_value.dart';
import 'package:built_value/serializer.dart';

part 'problem429.g.dart';

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
abstract class Problem429 implements Built<Problem429, Problem429Builder> {
  @BuiltValueField(wireName: r'code')
  Problem429CodeEnum get code;
  // enum codeEnum {  daily_budget_exhausted,  rate_limited,  user_daily_limit_reached,  };

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
  Problem429StatusEnum get status;
  // enum statusEnum {  429,  };

  @BuiltValueField(wireName: r'title')
  String? get title;

  @BuiltValueField(wireName: r'type')
  String? get type;

  Problem429._();

  factory Problem429([void updates(Problem429Builder b)]) = _$Problem429;

  @BuiltValueHook(initializeBuilder: true)
  static void _defaults(Problem429Builder b) => b;

  @BuiltValueSerializer(custom: true)
  static Serializer<Problem429> get serializer => _$Problem429Serializer();
}

class _$Problem429Serializer implements PrimitiveSerializer<Problem429> {
  @override
  final Iterable<Type> types = const [Problem429, _$Problem429];

  @override
  final String wireName = r'Problem429';

  Iterable<Object?> _serializeProperties(
    Serializers serializers,
    Problem429 object, {
    FullType specifiedType = FullType.unspecified,
  }) sync* {
    yield r'code';
    yield serializers.serialize(
      object.code,
      specifiedType: const FullType(Problem429CodeEnum),
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
      specifiedType: const FullType(Problem429StatusEnum),
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
    Problem429 object, {
    FullType specifiedType = FullType.unspecified,
  }) {
    return _serializeProperties(serializers, object, specifiedType: specifiedType).toList();
  }

  void _deserializeProperties(
    Serializers serializers,
    Object serialized, {
    FullType specifiedType = FullType.unspecified,
    required List<Object?> serializedList,
    required Problem429Builder result,
    required List<Object?> unhandled,
  }) {
    for (var i = 0; i < serializedList.length; i += 2) {
      final key = serializedList[i] as String;
      final value = serializedList[i + 1];
      switch (key) {
        case r'code':
          final valueDes = serializers.deserialize(
            value,
            specifiedType: const FullType(Problem429CodeEnum),
          ) as Problem429CodeEnum;
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
            specifiedType: const FullType(Problem429StatusEnum),
          ) as Problem429StatusEnum;
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
  Problem429 deserialize(
    Serializers serializers,
    Object serialized, {
    FullType specifiedType = FullType.unspecified,
  }) {
    final result = Problem429Builder();
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


class Problem429CodeEnum extends EnumClass {

  @BuiltValueEnumConst(wireName: r'daily_budget_exhausted')
  static const Problem429CodeEnum dailyBudgetExhausted = _$problem429CodeEnum_dailyBudgetExhausted;
  @BuiltValueEnumConst(wireName: r'rate_limited')
  static const Problem429CodeEnum rateLimited = _$problem429CodeEnum_rateLimited;
  @BuiltValueEnumConst(wireName: r'user_daily_limit_reached')
  static const Problem429CodeEnum userDailyLimitReached = _$problem429CodeEnum_userDailyLimitReached;

  static Serializer<Problem429CodeEnum> get serializer => _$problem429CodeEnumSerializer;

  const Problem429CodeEnum._(String name): super(name);

  static BuiltSet<Problem429CodeEnum> get values => _$problem429CodeEnumValues;
  static Problem429CodeEnum valueOf(String name) => _$problem429CodeEnumValueOf(name);
}

class Problem429StatusEnum extends EnumClass {

  @BuiltValueEnumConst(wireNumber: 429)
  static const Problem429StatusEnum number429 = _$problem429StatusEnum_number429;

  static Serializer<Problem429StatusEnum> get serializer => _$problem429StatusEnumSerializer;

  const Problem429StatusEnum._(String name): super(name);

  static BuiltSet<Problem429StatusEnum> get values => _$problem429StatusEnumValues;
  static Problem429StatusEnum valueOf(String name) => _$problem429StatusEnumValueOf(name);
}

