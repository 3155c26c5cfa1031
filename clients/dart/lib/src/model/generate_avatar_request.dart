//
// AUTO-GENERATED FILE, DO NOT MODIFY!
//

// ignore_for_file: unused_element
import 'package:built_collection/built_collection.dart';
import 'package:built_value/json_object.dart';
import 'package:built_value/built_value.dart';
import 'package:built_value/serializer.dart';

part 'generate_avatar_request.g.dart';

/// GenerateAvatarRequest
///
/// Properties:
/// * [async_] 
/// * [asyncGeneration] 
/// * [image] 
/// * [metadata] 
/// * [prompt] 
/// * [quality] 
/// * [styleConfig] 
/// * [userId] 
/// * [webhookUrl] 
@BuiltValue()
abstract class GenerateAvatarRequest implements Built<GenerateAvatarRequest, GenerateAvatarRequestBuilder> {
  @BuiltValueField(wireName: r'async')
  bool? get async_;

  @BuiltValueField(wireName: r'async_generation')
  bool? get asyncGeneration;

  @BuiltValueField(wireName: r'image')
  String get image;

  @BuiltValueField(wireName: r'metadata')
  BuiltMap<String, JsonObject?>? get metadata;

  @BuiltValueField(wireName: r'prompt')
  String get prompt;

  @BuiltValueField(wireName: r'quality')
  GenerateAvatarRequestQualityEnum? get quality;
  // enum qualityEnum {  low,  medium,  high,  };

  @BuiltValueField(wireName: r'style_config')
  String? get styleConfig;

  @BuiltValueField(wireName: r'user_id')
  String? get userId;

  @BuiltValueField(wireName: r'webhook_url')
  String? get webhookUrl;

  GenerateAvatarRequest._();

  factory GenerateAvatarRequest([void updates(GenerateAvatarRequestBuilder b)]) = _$GenerateAvatarRequest;

  @BuiltValueHook(initializeBuilder: true)
  static void _defaults(GenerateAvatarRequestBuilder b) => b;

  @BuiltValueSerializer(custom: true)
  static Serializer<GenerateAvatarRequest> get serializer => _$GenerateAvatarRequestSerializer();
}

class _$GenerateAvatarRequestSerializer implements PrimitiveSerializer<GenerateAvatarRequest> {
  @override
  final Iterable<Type> types = const [GenerateAvatarRequest, _$GenerateAvatarRequest];

  @override
  final String wireName = r'GenerateAvatarRequest';

  Iterable<Object?> _serializeProperties(
    Serializers serializers,
    GenerateAvatarRequest object, {
    FullType specifiedType = FullType.unspecified,
  }) sync* {
    if (object.async_ != null) {
      yield r'async';
      yield serializers.serialize(
        object.async_,
        specifiedType: const FullType.nullable(bool),
      );
    }
    if (object.asyncGeneration != null) {
      yield r'async_generation';
      yield serializers.serialize(
        object.asyncGeneration,
        specifiedType: const FullType.nullable(bool),
      );
    }
    yield r'image';
    yield serializers.serialize(
      object.image,
      specifiedType: const FullType(String),
    );
    if (object.metadata != null) {
      yield r'metadata';
      yield serializers.serialize(
        object.metadata,
        specifiedType: const FullType.nullable(BuiltMap, [FullType(String), FullType.nullable(JsonObject)]),
      );
    }
    yield r'prompt';
    yield serializers.serialize(
      object.prompt,
      specifiedType: const FullType(String),
    );
    if (object.quality != null) {
      yield r'quality';
      yield serializers.serialize(
        object.quality,
        specifiedType: const FullType.nullable(GenerateAvatarRequestQualityEnum),
      );
    }
    if (object.styleConfig != null) {
      yield r'style_config';
      yield serializers.serialize(
        object.styleConfig,
        specifiedType: const FullType.nullable(String),
      );
    }
    if (object.userId != null) {
      yield r'user_id';
      yield serializers.serialize(
        object.userId,
        specifiedType: const FullType.nullable(String),
      );
    }
    if (object.webhookUrl != null) {
      yield r'webhook_url';
      yield serializers.serialize(
        object.webhookUrl,
        specifiedType: const FullType.nullable(String),
      );
    }
  }

  @override
  Object serialize(
    Serializers serializers,
    GenerateAvatarRequest object, {
    FullType specifiedType = FullType.unspecified,
  }) {
    return _serializeProperties(serializers, object, specifiedType: specifiedType).toList();
  }

  void _deserializeProperties(
    Serializers serializers,
    Object serialized, {
    FullType specifiedType = FullType.unspecified,
    required List<Object?> serializedList,
    required GenerateAvatarRequestBuilder result,
    required List<Object?> unhandled,
  }) {
    for (var i = 0; i < serializedList.length; i += 2) {
      final key = serializedList[i] as String;
      final value = serializedList[i + 1];
      switch (key) {
        case r'async':
          final valueDes = serializers.deserialize(
            value,
            specifiedType: const FullType.nullable(bool),
          ) as bool?;
          if (valueDes == null) continue;
          result.async_ = valueDes;
          break;
        case r'async_generation':
          final valueDes = serializers.deserialize(
            value,
            specifiedType: const FullType.nullable(bool),
          ) as bool?;
          if (valueDes == null) continue;
          result.asyncGeneration = valueDes;
          break;
        case r'image':
          final valueDes = serializers.deserialize(
            value,
            specifiedType: const FullType(String),
          ) as String;
          result.image = valueDes;
          break;
        case r'metadata':
          final valueDes = serializers.deserialize(
            value,
            specifiedType: const FullType.nullable(BuiltMap, [FullType(String), FullType.nullable(JsonObject)]),
          ) as BuiltMap<String, JsonObject?>?;
          if (valueDes == null) continue;
          result.metadata.replace(valueDes);
          break;
        case r'prompt':
          final valueDes = serializers.deserialize(
            value,
            specifiedType: const FullType(String),
          ) as String;
          result.prompt = valueDes;
          break;
        case r'quality':
          final valueDes = serializers.deserialize(
            value,
            specifiedType: const FullType.nullable(GenerateAvatarRequestQualityEnum),
          ) as GenerateAvatarRequestQualityEnum?;
          if (valueDes == null) continue;
          result.quality = valueDes;
          break;
        case r'style_config':
          final valueDes = serializers.deserialize(
            value,
            specifiedType: const FullType.nullable(String),
          ) as String?;
          if (valueDes == null) continue;
          result.styleConfig = valueDes;
          break;
        case r'user_id':
          final valueDes = serializers.deserialize(
            value,
            specifiedType: const FullType.nullable(String),
          ) as String?;
          if (valueDes == null) continue;
          result.userId = valueDes;
          break;
        case r'webhook_url':
          final valueDes = serializers.deserialize(
            value,
            specifiedType: const FullType.nullable(String),
          ) as String?;
          if (valueDes == null) continue;
          result.webhookUrl = valueDes;
          break;
        default:
          unhandled.add(key);
          unhandled.add(value);
          break;
      }
    }
  }

  @override
  GenerateAvatarRequest deserialize(
    Serializers serializers,
    Object serialized, {
    FullType specifiedType = FullType.unspecified,
  }) {
    final result = GenerateAvatarRequestBuilder();
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


class GenerateAvatarRequestQualityEnum extends EnumClass {

  @BuiltValueEnumConst(wireName: r'low')
  static const GenerateAvatarRequestQualityEnum low = _$generateAvatarRequestQualityEnum_low;
  @BuiltValueEnumConst(wireName: r'medium')
  static const GenerateAvatarRequestQualityEnum medium = _$generateAvatarRequestQualityEnum_medium;
  @BuiltValueEnumConst(wireName: r'high')
  static const GenerateAvatarRequestQualityEnum high = _$generateAvatarRequestQualityEnum_high;

  static Serializer<GenerateAvatarRequestQualityEnum> get serializer => _$generateAvatarRequestQualityEnumSerializer;

  const GenerateAvatarRequestQualityEnum._(String name): super(name);

  static BuiltSet<GenerateAvatarRequestQualityEnum> get values => _$generateAvatarRequestQualityEnumValues;
  static GenerateAvatarRequestQualityEnum valueOf(String name) => _$generateAvatarRequestQualityEnumValueOf(name);
}

