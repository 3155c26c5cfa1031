//
// AUTO-GENERATED FILE, DO NOT MODIFY!
//

// ignore_for_file: unused_element
import 'package:built_collection/built_collection.dart';
import 'package:avatar_forge_client/src/model/result_metadata.dart';
import 'package:built_value/built_value.dart';
import 'package:built_value/serializer.dart';

part 'generation_success_response.g.dart';

/// GenerationSuccessResponse
///
/// Properties:
/// * [avatarId] 
/// * [costEstimate] 
/// * [generationTimeMs] 
/// * [imageUrl] 
/// * [metadata] 
/// * [qualityUsed] 
/// * [status] 
@BuiltValue()
abstract class GenerationSuccessResponse implements Built<GenerationSuccessResponse, GenerationSuccessResponseBuilder> {
  @BuiltValueField(wireName: r'avatar_id')
  String get avatarId;

  @BuiltValueField(wireName: r'cost_estimate')
  num get costEstimate;

  @BuiltValueField(wireName: r'generation_time_ms')
  int get generationTimeMs;

  @BuiltValueField(wireName: r'image_url')
  String get imageUrl;

  @BuiltValueField(wireName: r'metadata')
  ResultMetadata get metadata;

  @BuiltValueField(wireName: r'quality_used')
  String get qualityUsed;

  @BuiltValueField(wireName: r'status')
  GenerationSuccessResponseStatusEnum get status;
  // enum statusEnum {  success,  };

  GenerationSuccessResponse._();

  factory GenerationSuccessResponse([void updates(GenerationSuccessResponseBuilder b)]) = _$GenerationSuccessResponse;

  @BuiltValueHook(initializeBuilder: true)
  static void _defaults(GenerationSuccessResponseBuilder b) => b;

  @BuiltValueSerializer(custom: true)
  static Serializer<GenerationSuccessResponse> get serializer => _$GenerationSuccessResponseSerializer();
}

class _$GenerationSuccessResponseSerializer implements PrimitiveSerializer<GenerationSuccessResponse> {
  @override
  final Iterable<Type> types = const [GenerationSuccessResponse, _$GenerationSuccessResponse];

  @override
  final String wireName = r'GenerationSuccessResponse';

  Iterable<Object?> _serializeProperties(
    Serializers serializers,
    GenerationSuccessResponse object, {
    FullType specifiedType = FullType.unspecified,
  }) sync* {
    yield r'avatar_id';
    yield serializers.serialize(
      object.avatarId,
      specifiedType: const FullType(String),
    );
    yield r'cost_estimate';
    yield serializers.serialize(
      object.costEstimate,
      specifiedType: const FullType(num),
    );
    yield r'generation_time_ms';
    yield serializers.serialize(
      object.generationTimeMs,
      specifiedType: const FullType(int),
    );
    yield r'image_url';
    yield serializers.serialize(
      object.imageUrl,
      specifiedType: const FullType(String),
    );
    yield r'metadata';
    yield serializers.serialize(
      object.metadata,
      specifiedType: const FullType(ResultMetadata),
    );
    yield r'quality_used';
    yield serializers.serialize(
      object.qualityUsed,
      specifiedType: const FullType(String),
    );
    yield r'status';
    yield serializers.serialize(
      object.status,
      specifiedType: const FullType(GenerationSuccessResponseStatusEnum),
    );
  }

  @override
  Object serialize(
    Serializers serializers,
    GenerationSuccessResponse object, {
    FullType specifiedType = FullType.unspecified,
  }) {
    return _serializeProperties(serializers, object, specifiedType: specifiedType).toList();
  }

  void _deserializeProperties(
    Serializers serializers,
    Object serialized, {
    FullType specifiedType = FullType.unspecified,
    required List<Object?> serializedList,
    required GenerationSuccessResponseBuilder result,
    required List<Object?> unhandled,
  }) {
    for (var i = 0; i < serializedList.length; i += 2) {
      final key = serializedList[i] as String;
      final value = serializedList[i + 1];
      switch (key) {
        case r'avatar_id':
          final valueDes = serializers.deserialize(
            value,
            specifiedType: const FullType(String),
          ) as String;
          result.avatarId = valueDes;
          break;
        case r'cost_estimate':
          final valueDes = serializers.deserialize(
            value,
            specifiedType: const FullType(num),
          ) as num;
          result.costEstimate = valueDes;
          break;
        case r'generation_time_ms':
          final valueDes = serializers.deserialize(
            value,
            specifiedType: const FullType(int),
          ) as int;
          result.generationTimeMs = valueDes;
          break;
        case r'image_url':
          final valueDes = serializers.deserialize(
            value,
            specifiedType: const FullType(String),
          ) as String;
          result.imageUrl = valueDes;
          break;
        case r'metadata':
          final valueDes = serializers.deserialize(
            value,
            specifiedType: const FullType(ResultMetadata),
          ) as ResultMetadata;
          result.metadata.replace(valueDes);
          break;
        case r'quality_used':
          final valueDes = serializers.deserialize(
            value,
            specifiedType: const FullType(String),
          ) as String;
          result.qualityUsed = valueDes;
          break;
        case r'status':
          final valueDes = serializers.deserialize(
            value,
            specifiedType: const FullType(GenerationSuccessResponseStatusEnum),
          ) as GenerationSuccessResponseStatusEnum;
          result.status = valueDes;
          break;
        default:
          unhandled.add(key);
          unhandled.add(value);
          break;
      }
    }
  }

  @override
  GenerationSuccessResponse deserialize(
    Serializers serializers,
    Object serialized, {
    FullType specifiedType = FullType.unspecified,
  }) {
    final result = GenerationSuccessResponseBuilder();
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


class GenerationSuccessResponseStatusEnum extends EnumClass {

  @BuiltValueEnumConst(wireName: r'success')
  static const GenerationSuccessResponseStatusEnum success = _$generationSuccessResponseStatusEnum_success;

  static Serializer<GenerationSuccessResponseStatusEnum> get serializer => _$generationSuccessResponseStatusEnumSerializer;

  const GenerationSuccessResponseStatusEnum._(String name): super(name);

  static BuiltSet<GenerationSuccessResponseStatusEnum> get values => _$generationSuccessResponseStatusEnumValues;
  static GenerationSuccessResponseStatusEnum valueOf(String name) => _$generationSuccessResponseStatusEnumValueOf(name);
}

