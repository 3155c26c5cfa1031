//
// AUTO-GENERATED FILE, DO NOT MODIFY!
//

// ignore_for_file: unused_element
import 'package:built_collection/built_collection.dart';
import 'package:avatar_forge_client/src/model/result_metadata.dart';
import 'package:avatar_forge_client/src/model/accepted_response.dart';
import 'package:avatar_forge_client/src/model/generation_success_response.dart';
import 'package:built_value/built_value.dart';
import 'package:built_value/serializer.dart';
import 'package:one_of/one_of.dart';

part 'generate_response.g.dart';

/// The answer of a generation: the result (`status: success`, 200) or the job to poll (`status: accepted`, 202).
///
/// Properties:
/// * [estimatedCompletionSeconds] 
/// * [jobId] 
/// * [status] 
/// * [statusUrl] 
/// * [avatarId] 
/// * [costEstimate] 
/// * [generationTimeMs] 
/// * [imageUrl] 
/// * [metadata] 
/// * [qualityUsed] 
@BuiltValue()
abstract class GenerateResponse implements Built<GenerateResponse, GenerateResponseBuilder> {
  /// One Of [AcceptedResponse], [GenerationSuccessResponse]
  OneOf get oneOf;

  static const String discriminatorFieldName = r'status';

  static const Map<String, Type> discriminatorMapping = {
    r'accepted': AcceptedResponse,
    r'success': GenerationSuccessResponse,
  };

  GenerateResponse._();

  factory GenerateResponse([void updates(GenerateResponseBuilder b)]) = _$GenerateResponse;

  @BuiltValueHook(initializeBuilder: true)
  static void _defaults(GenerateResponseBuilder b) => b;

  @BuiltValueSerializer(custom: true)
  static Serializer<GenerateResponse> get serializer => _$GenerateResponseSerializer();
}

extension GenerateResponseDiscriminatorExt on GenerateResponse {
    String? get discriminatorValue {
        if (this is AcceptedResponse) {
            return r'accepted';
        }
        if (this is GenerationSuccessResponse) {
            return r'success';
        }
        return null;
    }
}
extension GenerateResponseBuilderDiscriminatorExt on GenerateResponseBuilder {
    String? get discriminatorValue {
        if (this is AcceptedResponseBuilder) {
            return r'accepted';
        }
        if (this is GenerationSuccessResponseBuilder) {
            return r'success';
        }
        return null;
    }
}

class _$GenerateResponseSerializer implements PrimitiveSerializer<GenerateResponse> {
  @override
  final Iterable<Type> types = const [GenerateResponse, _$GenerateResponse];

  @override
  final String wireName = r'GenerateResponse';

  Iterable<Object?> _serializeProperties(
    Serializers serializers,
    GenerateResponse object, {
    FullType specifiedType = FullType.unspecified,
  }) sync* {
  }

  @override
  Object serialize(
    Serializers serializers,
    GenerateResponse object, {
    FullType specifiedType = FullType.unspecified,
  }) {
    final oneOf = object.oneOf;
    return serializers.serialize(oneOf.value, specifiedType: FullType(oneOf.valueType))!;
  }

  @override
  GenerateResponse deserialize(
    Serializers serializers,
    Object serialized, {
    FullType specifiedType = FullType.unspecified,
  }) {
    final result = GenerateResponseBuilder();
    Object? oneOfDataSrc;
    final serializedList = (serialized as Iterable<Object?>).toList();
    final discIndex = serializedList.indexOf(GenerateResponse.discriminatorFieldName) + 1;
    final discValue = serializers.deserialize(serializedList[discIndex], specifiedType: FullType(String)) as String;
    oneOfDataSrc = serialized;
    final oneOfTypes = [AcceptedResponse, GenerationSuccessResponse, ];
    Object oneOfResult;
    Type oneOfType;
    switch (discValue) {
      case r'accepted':
        oneOfResult = serializers.deserialize(
          oneOfDataSrc,
          specifiedType: FullType(AcceptedResponse),
        ) as AcceptedResponse;
        oneOfType = AcceptedResponse;
        break;
      case r'success':
        oneOfResult = serializers.deserialize(
          oneOfDataSrc,
          specifiedType: FullType(GenerationSuccessResponse),
        ) as GenerationSuccessResponse;
        oneOfType = GenerationSuccessResponse;
        break;
      default:
        throw UnsupportedError("Couldn't deserialize oneOf for the discriminator value: ${discValue}");
    }
    result.oneOf = OneOfDynamic(typeIndex: oneOfTypes.indexOf(oneOfType), types: oneOfTypes, value: oneOfResult);
    return result.build();
  }
}


class GenerateResponseStatusEnum extends EnumClass {

  @BuiltValueEnumConst(wireName: r'success')
  static const GenerateResponseStatusEnum success = _$generateResponseStatusEnum_success;

  static Serializer<GenerateResponseStatusEnum> get serializer => _$generateResponseStatusEnumSerializer;

  const GenerateResponseStatusEnum._(String name): super(name);

  static BuiltSet<GenerateResponseStatusEnum> get values => _$generateResponseStatusEnumValues;
  static GenerateResponseStatusEnum valueOf(String name) => _$generateResponseStatusEnumValueOf(name);
}

