//
// AUTO-GENERATED FILE, DO NOT MODIFY!
//

// ignore_for_file: unused_element
import 'package:built_collection/built_collection.dart';
import 'package:built_value/json_object.dart';
import 'package:built_value/built_value.dart';
import 'package:built_value/serializer.dart';

part 'result_metadata.g.dart';

/// ResultMetadata
///
/// Properties:
/// * [cached] 
/// * [modelVersion] 
/// * [provider] 
/// * [styleConfig] 
/// * [usage] 
@BuiltValue()
abstract class ResultMetadata implements Built<ResultMetadata, ResultMetadataBuilder> {
  @BuiltValueField(wireName: r'cached')
  bool get cached;

  @BuiltValueField(wireName: r'model_version')
  String? get modelVersion;

  @BuiltValueField(wireName: r'provider')
  String get provider;

  @BuiltValueField(wireName: r'style_config')
  String get styleConfig;

  @BuiltValueField(wireName: r'usage')
  BuiltMap<String, JsonObject?>? get usage;

  ResultMetadata._();

  factory ResultMetadata([void updates(ResultMetadataBuilder b)]) = _$ResultMetadata;

  @BuiltValueHook(initializeBuilder: true)
  static void _defaults(ResultMetadataBuilder b) => b;

  @BuiltValueSerializer(custom: true)
  static Serializer<ResultMetadata> get serializer => _$ResultMetadataSerializer();
}

class _$ResultMetadataSerializer implements PrimitiveSerializer<ResultMetadata> {
  @override
  final Iterable<Type> types = const [ResultMetadata, _$ResultMetadata];

  @override
  final String wireName = r'ResultMetadata';

  Iterable<Object?> _serializeProperties(
    Serializers serializers,
    ResultMetadata object, {
    FullType specifiedType = FullType.unspecified,
  }) sync* {
    yield r'cached';
    yield serializers.serialize(
      object.cached,
      specifiedType: const FullType(bool),
    );
    if (object.modelVersion != null) {
      yield r'model_version';
      yield serializers.serialize(
        object.modelVersion,
        specifiedType: const FullType.nullable(String),
      );
    }
    yield r'provider';
    yield serializers.serialize(
      object.provider,
      specifiedType: const FullType(String),
    );
    yield r'style_config';
    yield serializers.serialize(
      object.styleConfig,
      specifiedType: const FullType(String),
    );
    if (object.usage != null) {
      yield r'usage';
      yield serializers.serialize(
        object.usage,
        specifiedType: const FullType.nullable(BuiltMap, [FullType(String), FullType.nullable(JsonObject)]),
      );
    }
  }

  @override
  Object serialize(
    Serializers serializers,
    ResultMetadata object, {
    FullType specifiedType = FullType.unspecified,
  }) {
    return _serializeProperties(serializers, object, specifiedType: specifiedType).toList();
  }

  void _deserializeProperties(
    Serializers serializers,
    Object serialized, {
    FullType specifiedType = FullType.unspecified,
    required List<Object?> serializedList,
    required ResultMetadataBuilder result,
    required List<Object?> unhandled,
  }) {
    for (var i = 0; i < serializedList.length; i += 2) {
      final key = serializedList[i] as String;
      final value = serializedList[i + 1];
      switch (key) {
        case r'cached':
          final valueDes = serializers.deserialize(
            value,
            specifiedType: const FullType(bool),
          ) as bool;
          result.cached = valueDes;
          break;
        case r'model_version':
          final valueDes = serializers.deserialize(
            value,
            specifiedType: const FullType.nullable(String),
          ) as String?;
          if (valueDes == null) continue;
          result.modelVersion = valueDes;
          break;
        case r'provider':
          final valueDes = serializers.deserialize(
            value,
            specifiedType: const FullType(String),
          ) as String;
          result.provider = valueDes;
          break;
        case r'style_config':
          final valueDes = serializers.deserialize(
            value,
            specifiedType: const FullType(String),
          ) as String;
          result.styleConfig = valueDes;
          break;
        case r'usage':
          final valueDes = serializers.deserialize(
            value,
            specifiedType: const FullType.nullable(BuiltMap, [FullType(String), FullType.nullable(JsonObject)]),
          ) as BuiltMap<String, JsonObject?>?;
          if (valueDes == null) continue;
          result.usage.replace(valueDes);
          break;
        default:
          unhandled.add(key);
          unhandled.add(value);
          break;
      }
    }
  }

  @override
  ResultMetadata deserialize(
    Serializers serializers,
    Object serialized, {
    FullType specifiedType = FullType.unspecified,
  }) {
    final result = ResultMetadataBuilder();
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


