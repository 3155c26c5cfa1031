//
// AUTO-GENERATED FILE, DO NOT MODIFY!
//

// ignore_for_file: unused_element
import 'package:built_collection/built_collection.dart';
import 'package:avatar_forge_client/src/model/config_validation_error.dart';
import 'package:built_value/built_value.dart';
import 'package:built_value/serializer.dart';

part 'config_change_outcome.g.dart';

/// ConfigChangeOutcome
///
/// Properties:
/// * [status] 
/// * [validationErrors] 
/// * [version] - The version in force after this request
@BuiltValue()
abstract class ConfigChangeOutcome implements Built<ConfigChangeOutcome, ConfigChangeOutcomeBuilder> {
  @BuiltValueField(wireName: r'status')
  ConfigChangeOutcomeStatusEnum get status;
  // enum statusEnum {  updated,  unchanged,  invalid,  };

  @BuiltValueField(wireName: r'validation_errors')
  BuiltList<ConfigValidationError> get validationErrors;

  /// The version in force after this request
  @BuiltValueField(wireName: r'version')
  int get version;

  ConfigChangeOutcome._();

  factory ConfigChangeOutcome([void updates(ConfigChangeOutcomeBuilder b)]) = _$ConfigChangeOutcome;

  @BuiltValueHook(initializeBuilder: true)
  static void _defaults(ConfigChangeOutcomeBuilder b) => b;

  @BuiltValueSerializer(custom: true)
  static Serializer<ConfigChangeOutcome> get serializer => _$ConfigChangeOutcomeSerializer();
}

class _$ConfigChangeOutcomeSerializer implements PrimitiveSerializer<ConfigChangeOutcome> {
  @override
  final Iterable<Type> types = const [ConfigChangeOutcome, _$ConfigChangeOutcome];

  @override
  final String wireName = r'ConfigChangeOutcome';

  Iterable<Object?> _serializeProperties(
    Serializers serializers,
    ConfigChangeOutcome object, {
    FullType specifiedType = FullType.unspecified,
  }) sync* {
    yield r'status';
    yield serializers.serialize(
      object.status,
      specifiedType: const FullType(ConfigChangeOutcomeStatusEnum),
    );
    yield r'validation_errors';
    yield serializers.serialize(
      object.validationErrors,
      specifiedType: const FullType(BuiltList, [FullType(ConfigValidationError)]),
    );
    yield r'version';
    yield serializers.serialize(
      object.version,
      specifiedType: const FullType(int),
    );
  }

  @override
  Object serialize(
    Serializers serializers,
    ConfigChangeOutcome object, {
    FullType specifiedType = FullType.unspecified,
  }) {
    return _serializeProperties(serializers, object, specifiedType: specifiedType).toList();
  }

  void _deserializeProperties(
    Serializers serializers,
    Object serialized, {
    FullType specifiedType = FullType.unspecified,
    required List<Object?> serializedList,
    required ConfigChangeOutcomeBuilder result,
    required List<Object?> unhandled,
  }) {
    for (var i = 0; i < serializedList.length; i += 2) {
      final key = serializedList[i] as String;
      final value = serializedList[i + 1];
      switch (key) {
        case r'status':
          final valueDes = serializers.deserialize(
            value,
            specifiedType: const FullType(ConfigChangeOutcomeStatusEnum),
          ) as ConfigChangeOutcomeStatusEnum;
          result.status = valueDes;
          break;
        case r'validation_errors':
          final valueDes = serializers.deserialize(
            value,
            specifiedType: const FullType(BuiltList, [FullType(ConfigValidationError)]),
          ) as BuiltList<ConfigValidationError>;
          result.validationErrors.replace(valueDes);
          break;
        case r'version':
          final valueDes = serializers.deserialize(
            value,
            specifiedType: const FullType(int),
          ) as int;
          result.version = valueDes;
          break;
        default:
          unhandled.add(key);
          unhandled.add(value);
          break;
      }
    }
  }

  @override
  ConfigChangeOutcome deserialize(
    Serializers serializers,
    Object serialized, {
    FullType specifiedType = FullType.unspecified,
  }) {
    final result = ConfigChangeOutcomeBuilder();
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


class ConfigChangeOutcomeStatusEnum extends EnumClass {

  @BuiltValueEnumConst(wireName: r'updated')
  static const ConfigChangeOutcomeStatusEnum updated = _$configChangeOutcomeStatusEnum_updated;
  @BuiltValueEnumConst(wireName: r'unchanged')
  static const ConfigChangeOutcomeStatusEnum unchanged = _$configChangeOutcomeStatusEnum_unchanged;
  @BuiltValueEnumConst(wireName: r'invalid')
  static const ConfigChangeOutcomeStatusEnum invalid = _$configChangeOutcomeStatusEnum_invalid;

  static Serializer<ConfigChangeOutcomeStatusEnum> get serializer => _$configChangeOutcomeStatusEnumSerializer;

  const ConfigChangeOutcomeStatusEnum._(String name): super(name);

  static BuiltSet<ConfigChangeOutcomeStatusEnum> get values => _$configChangeOutcomeStatusEnumValues;
  static ConfigChangeOutcomeStatusEnum valueOf(String name) => _$configChangeOutcomeStatusEnumValueOf(name);
}

