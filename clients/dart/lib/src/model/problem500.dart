//
// AUTO-GENERATED FILE, DO NOT MODIFY!
//

// ignore_for_file: unused_element
import 'package:avatar_forge_client/src/model/problem400_errors_inner.dart';
import 'package:built_collection/built_collection.dart';
import 'package:built_value/built_value.dart';
import 'package:built_value/serializer.dart';

part 'problem500.g.dart';

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
abstract class Problem500 implements Built<Problem500, Problem500Builder> {
  @BuiltValueField(wireName: r'code')
  Problem500CodeEnum get code;
  // enum codeEnum {  internal_error,  };

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
  Problem500StatusEnum get status;
  // enum statusEnum {  500,  };

  @BuiltValueField(wireName: r'title')
  String? get title;

  @BuiltValueField(wireName: r'type')
  String? get type;

  Problem500._();

  factory Problem500([void updates(Problem500Builder b)]) = _$Problem500;

  @BuiltValueHook(initializeBuilder: true)
  static void _defaults(Problem500Builder b) => b;

  @BuiltValueSerializer(custom: true)
  static Serializer<Problem500> get serializer => _$Problem500Serializer();
}

class _$Problem500Serializer implements PrimitiveSerializer<Problem500> {
  @override
  final Iterable<Type> types = const [Problem500, _$Problem500];

  @override
  final String wireName = r'Problem500';

  Iterable<Object?> _serializeProperties(
    Serializers serializers,
    Problem500 object, {
    FullType specifiedType = FullType.unspecified,
  }) sync* {
    yield r'code';
    yield serializers.serialize(
      object.code,
      specifiedType: const FullType(Problem500CodeEnum),
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
      specifiedType: const FullType(Problem500StatusEnum),
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
    Problem500 object, {
    FullType specifiedType = FullType.unspecified,
  }) {
    return _serializeProperties(serializers, object, specifiedType: specifiedType).toList();
  }

  void _deserializeProperties(
    Serializers serializers,
    Object serialized, {
    FullType specifiedType = FullType.unspecified,
    required List<Object?> serializedList,
    required Problem500Builder result,
    required List<Object?> unhandled,
  }) {
    for (var i = 0; i < serializedList.length; i += 2) {
      final key = serializedList[i] as String;
      final value = serializedList[i + 1];
      switch (key) {
        case r'code':
          final valueDes = serializers.deserialize(
            value,
            specifiedType: const FullType(Problem500CodeEnum),
          ) as Problem500CodeEnum;
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
            specifiedType: const FullType(Problem500StatusEnum),
          ) as Problem500StatusEnum;
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
  Problem500 deserialize(
    Serializers serializers,
    Object serialized, {
    FullType specifiedType = FullType.unspecified,
  }) {
    final result = Problem500Builder();
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


class Problem500CodeEnum extends EnumClass {

  @BuiltValueEnumConst(wireName: r'internal_error')
  static const Problem500CodeEnum internalError = _$problem500CodeEnum_internalError;

  static Serializer<Problem500CodeEnum> get serializer => _$problem500CodeEnumSerializer;

  const Problem500CodeEnum._(String name): super(name);

  static BuiltSet<Problem500CodeEnum> get values => _$problem500CodeEnumValues;
  static Problem500CodeEnum valueOf(String name) => _$problem500CodeEnumValueOf(name);
}

class Problem500StatusEnum extends EnumClass {

  @BuiltValueEnumConst(wireNumber: 500)
  static const Problem500StatusEnum number500 = _$problem500StatusEnum_number500;

  static Serializer<Problem500StatusEnum> get serializer => _$problem500StatusEnumSerializer;

  const Problem500StatusEnum._(String name): super(name);

  static BuiltSet<Problem500StatusEnum> get values => _$problem500StatusEnumValues;
  static Problem500StatusEnum valueOf(String name) => _$problem500StatusEnumValueOf(name);
}

