//
// AUTO-GENERATED FILE, DO NOT MODIFY!
//

// ignore_for_file: unused_element
import 'package:avatar_forge_client/src/model/open_ai_images_usage_input_details.dart';
import 'package:built_value/built_value.dart';
import 'package:built_value/serializer.dart';

part 'open_ai_images_usage.g.dart';

/// OpenAiImagesUsage
///
/// Properties:
/// * [inputTokens] 
/// * [inputTokensDetails] 
/// * [outputTokens] 
/// * [totalTokens] 
@BuiltValue()
abstract class OpenAiImagesUsage implements Built<OpenAiImagesUsage, OpenAiImagesUsageBuilder> {
  @BuiltValueField(wireName: r'input_tokens')
  int get inputTokens;

  @BuiltValueField(wireName: r'input_tokens_details')
  OpenAiImagesUsageInputDetails get inputTokensDetails;

  @BuiltValueField(wireName: r'output_tokens')
  int get outputTokens;

  @BuiltValueField(wireName: r'total_tokens')
  int get totalTokens;

  OpenAiImagesUsage._();

  factory OpenAiImagesUsage([void updates(OpenAiImagesUsageBuilder b)]) = _$OpenAiImagesUsage;

  @BuiltValueHook(initializeBuilder: true)
  static void _defaults(OpenAiImagesUsageBuilder b) => b;

  @BuiltValueSerializer(custom: true)
  static Serializer<OpenAiImagesUsage> get serializer => _$OpenAiImagesUsageSerializer();
}

class _$OpenAiImagesUsageSerializer implements PrimitiveSerializer<OpenAiImagesUsage> {
  @override
  final Iterable<Type> types = const [OpenAiImagesUsage, _$OpenAiImagesUsage];

  @override
  final String wireName = r'OpenAiImagesUsage';

  Iterable<Object?> _serializeProperties(
    Serializers serializers,
    OpenAiImagesUsage object, {
    FullType specifiedType = FullType.unspecified,
  }) sync* {
    yield r'input_tokens';
    yield serializers.serialize(
      object.inputTokens,
      specifiedType: const FullType(int),
    );
    yield r'input_tokens_details';
    yield serializers.serialize(
      object.inputTokensDetails,
      specifiedType: const FullType(OpenAiImagesUsageInputDetails),
    );
    yield r'output_tokens';
    yield serializers.serialize(
      object.outputTokens,
      specifiedType: const FullType(int),
    );
    yield r'total_tokens';
    yield serializers.serialize(
      object.totalTokens,
      specifiedType: const FullType(int),
    );
  }

  @override
  Object serialize(
    Serializers serializers,
    OpenAiImagesUsage object, {
    FullType specifiedType = FullType.unspecified,
  }) {
    return _serializeProperties(serializers, object, specifiedType: specifiedType).toList();
  }

  void _deserializeProperties(
    Serializers serializers,
    Object serialized, {
    FullType specifiedType = FullType.unspecified,
    required List<Object?> serializedList,
    required OpenAiImagesUsageBuilder result,
    required List<Object?> unhandled,
  }) {
    for (var i = 0; i < serializedList.length; i += 2) {
      final key = serializedList[i] as String;
      final value = serializedList[i + 1];
      switch (key) {
        case r'input_tokens':
          final valueDes = serializers.deserialize(
            value,
            specifiedType: const FullType(int),
          ) as int;
          result.inputTokens = valueDes;
          break;
        case r'input_tokens_details':
          final valueDes = serializers.deserialize(
            value,
            specifiedType: const FullType(OpenAiImagesUsageInputDetails),
          ) as OpenAiImagesUsageInputDetails;
          result.inputTokensDetails.replace(valueDes);
          break;
        case r'output_tokens':
          final valueDes = serializers.deserialize(
            value,
            specifiedType: const FullType(int),
          ) as int;
          result.outputTokens = valueDes;
          break;
        case r'total_tokens':
          final valueDes = serializers.deserialize(
            value,
            specifiedType: const FullType(int),
          ) as int;
          result.totalTokens = valueDes;
          break;
        default:
          unhandled.add(key);
          unhandled.add(value);
          break;
      }
    }
  }

  @override
  OpenAiImagesUsage deserialize(
    Serializers serializers,
    Object serialized, {
    FullType specifiedType = FullType.unspecified,
  }) {
    final result = OpenAiImagesUsageBuilder();
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


