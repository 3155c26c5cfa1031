//
// AUTO-GENERATED FILE, DO NOT MODIFY!
//

// ignore_for_file: unused_element
import 'package:built_collection/built_collection.dart';
import 'package:built_value/json_object.dart';
import 'package:built_value/built_value.dart';
import 'package:built_value/serializer.dart';

part 'config_view.g.dart';

/// ConfigView
///
/// Properties:
/// * [config] - The configuration document (see `/config/schema`): for admins whole, environment overrides applied, credentials as `***`; for anyone else its public part.
/// * [version] 
/// * [view] - `public` (anyone: service defaults, quality tiers, style templates) or `full` (admins: the whole document)
@BuiltValue()
abstract class ConfigView implements Built<ConfigView, ConfigViewBuilder> {
  /// The configuration document (see `/config/schema`): for admins whole, environment overrides applied, credentials as `***`; for anyone else its public part.
  @BuiltValueField(wireName: r'config')
  BuiltMap<String, JsonObject?> get config;

  @BuiltValueField(wireName: r'version')
  int get version;

  /// `public` (anyone: service defaults, quality tiers, style templates) or `full` (admins: the whole document)
  @BuiltValueField(wireName: r'view')
  ConfigViewViewEnum get view;
  // enum viewEnum {  public,  full,  };

  ConfigView._();

  factory ConfigView([void updates(ConfigViewBuilder b)]) = _$ConfigView;

  @BuiltValueHook(initializeBuilder: true)
  static void _defaults(ConfigViewBuilder b) => b;

  @BuiltValueSerializer(custom: true)
  static Serializer<ConfigView> get serializer => _$ConfigViewSerializer();
}

class _$ConfigViewSerializer implements PrimitiveSerializer<ConfigView> {
  @override
  final Iterable<Type> types = const [ConfigView, _$ConfigView];

  @override
  final String wireName = r'ConfigView';

  Iterable<Object?> _serializeProperties(
    Serializers serializers,
    ConfigView object, {
    FullType specifiedType = FullType.unspecified,
  }) sync* {
    yield r'config';
    yield serializers.serialize(
      object.config,
      specifiedType: const FullType(BuiltMap, [FullType(String), FullType.nullable(JsonObject)]),
    );
    yield r'version';
    yield serializers.serialize(
      object.version,
      specifiedType: const FullType(int),
    );
    yield r'view';
    yield serializers.serialize(
      object.view,
      specifiedType: const FullType(ConfigViewViewEnum),
    );
  }

  @override
  Object serialize(
    Serializers serializers,
    ConfigView object, {
    FullType specifiedType = FullType.unspecified,
  }) {
    return _serializeProperties(serializers, object, specifiedType: specifiedType).toList();
  }

  void _deserializeProperties(
    Serializers serializers,
    Object serialized, {
    FullType specifiedType = FullType.unspecified,
    required List<Object?> serializedList,
    required ConfigViewBuilder result,
    required List<Object?> unhandled,
  }) {
    for (var i = 0; i < serializedList.length; i += 2) {
      final key = serializedList[i] as String;
      final value = serializedList[i + 1];
      switch (key) {
        case r'config':
          final valueDes = serializers.deserialize(
            value,
            specifiedType: const FullType(BuiltMap, [FullType(String), FullType.nullable(JsonObject)]),
          ) as BuiltMap<String, JsonObject?>;
          result.config.replace(valueDes);
          break;
        case r'version':
          final valueDes = serializers.deserialize(
            value,
            specifiedType: const FullType(int),
          ) as int;
          result.version = valueDes;
          break;
        case r'view':
          final valueDes = serializers.deserialize(
            value,
            specifiedType: const FullType(ConfigViewViewEnum),
          ) as ConfigViewViewEnum;
          result.view = valueDes;
          break;
        default:
          unhandled.add(key);
          unhandled.add(value);
          break;
      }
    }
  }

  @override
  ConfigView deserialize(
    Serializers serializers,
    Object serialized, {
    FullType specifiedType = FullType.unspecified,
  }) {
    final result = ConfigViewBuilder();
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


/// `public` (anyone: service defaults, quality tiers, style templates) or `full` (admins: the whole document)
class ConfigViewViewEnum extends EnumClass {

  @BuiltValueEnumConst(wireName: r'public')
  static const ConfigViewViewEnum public = _$configViewViewEnum_public;
  @BuiltValueEnumConst(wireName: r'full')
  static const ConfigViewViewEnum full = _$configViewViewEnum_full;

  static Serializer<ConfigViewViewEnum> get serializer => _$configViewViewEnumSerializer;

  const ConfigViewViewEnum._(String name): super(name);

  static BuiltSet<ConfigViewViewEnum> get values => _$configViewViewEnumValues;
  static ConfigViewViewEnum valueOf(String name) => _$configViewViewEnumValueOf(name);
}

