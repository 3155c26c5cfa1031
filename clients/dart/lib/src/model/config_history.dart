//
// AUTO-GENERATED FILE, DO NOT MODIFY!
//

// ignore_for_file: unused_element
import 'package:built_collection/built_collection.dart';
import 'package:avatar_forge_client/src/model/config_version.dart';
import 'package:built_value/built_value.dart';
import 'package:built_value/serializer.dart';

part 'config_history.g.dart';

/// ConfigHistory
///
/// Properties:
/// * [currentVersion] 
/// * [versions] 
@BuiltValue()
abstract class ConfigHistory implements Built<ConfigHistory, ConfigHistoryBuilder> {
  @BuiltValueField(wireName: r'current_version')
  int get currentVersion;

  @BuiltValueField(wireName: r'versions')
  BuiltList<ConfigVersion> get versions;

  ConfigHistory._();

  factory ConfigHistory([void updates(ConfigHistoryBuilder b)]) = _$ConfigHistory;

  @BuiltValueHook(initializeBuilder: true)
  static void _defaults(ConfigHistoryBuilder b) => b;

  @BuiltValueSerializer(custom: true)
  static Serializer<ConfigHistory> get serializer => _$ConfigHistorySerializer();
}

class _$ConfigHistorySerializer implements PrimitiveSerializer<ConfigHistory> {
  @override
  final Iterable<Type> types = const [ConfigHistory, _$ConfigHistory];

  @override
  final String wireName = r'ConfigHistory';

  Iterable<Object?> _serializeProperties(
    Serializers serializers,
    ConfigHistory object, {
    FullType specifiedType = FullType.unspecified,
  }) sync* {
    yield r'current_version';
    yield serializers.serialize(
      object.currentVersion,
      specifiedType: const FullType(int),
    );
    yield r'versions';
    yield serializers.serialize(
      object.versions,
      specifiedType: const FullType(BuiltList, [FullType(ConfigVersion)]),
    );
  }

  @override
  Object serialize(
    Serializers serializers,
    ConfigHistory object, {
    FullType specifiedType = FullType.unspecified,
  }) {
    return _serializeProperties(serializers, object, specifiedType: specifiedType).toList();
  }

  void _deserializeProperties(
    Serializers serializers,
    Object serialized, {
    FullType specifiedType = FullType.unspecified,
    required List<Object?> serializedList,
    required ConfigHistoryBuilder result,
    required List<Object?> unhandled,
  }) {
    for (var i = 0; i < serializedList.length; i += 2) {
      final key = serializedList[i] as String;
      final value = serializedList[i + 1];
      switch (key) {
        case r'current_version':
          final valueDes = serializers.deserialize(
            value,
            specifiedType: const FullType(int),
          ) as int;
          result.currentVersion = valueDes;
          break;
        case r'versions':
          final valueDes = serializers.deserialize(
            value,
            specifiedType: const FullType(BuiltList, [FullType(ConfigVersion)]),
          ) as BuiltList<ConfigVersion>;
          result.versions.replace(valueDes);
          break;
        default:
          unhandled.add(key);
          unhandled.add(value);
          break;
      }
    }
  }

  @override
  ConfigHistory deserialize(
    Serializers serializers,
    Object serialized, {
    FullType specifiedType = FullType.unspecified,
  }) {
    final result = ConfigHistoryBuilder();
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


