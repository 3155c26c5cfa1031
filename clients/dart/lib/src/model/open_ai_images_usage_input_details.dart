//
// AUTO-GENERATED FILE, DO NOT MODIFY!
//

// ignore_for_file: unused_element
import 'package:built_value/built_value.dart';
import 'package:built_value/serializer.dart';

part 'open_ai_images_usage_input_details.g.dart';

/// OpenAiImagesUsageInputDetails
///
/// Properties:
/// * [imageTokens] 
/// * [textTokens] 
@BuiltValue()
abstract class OpenAiImagesUsageInputDetails implements Built<OpenAiImagesUsageInputDetails, OpenAiImagesUsageInputDetailsBuilder> {
  @BuiltValueField(wireName: r'image_tokens')
  int get imageTokens;

  @BuiltValueField(wireName: r'text_tokens')
  int get textTokens;

  OpenAiImagesUsageInputDetails._();

  factory OpenAiImagesUsageInputDetails([void updates(OpenAiImagesUsageInputDetailsBuilder b)]) = _$OpenAiImagesUsageInputDetails;

  @BuiltValueHook(initializeBuilder: true)
  static void _defaults(OpenAiImagesUsageInputDetailsBuilder b) => b;

  @BuiltValueSerializer(custom: true)
  static Serializer<OpenAiImagesUsageInputDetails> get serializer => _$OpenAiImagesUsageInputDetailsSerializer();
}

class _$OpenAiImagesUsageInputDetailsSerializer implements PrimitiveSerializer<OpenAiImagesUsageInputDetails> {
  @override
  final Iterable<Type> types = const [OpenAiImagesUsageInputDetails, _$OpenAiImagesUsageInputDetails];

  @override
  final String wireName = r'OpenAiImagesUsageInputDetails';

  Iterable<Object?> _serializeProperties(
    Serializers serializers,
    OpenAiImagesUsageInputDetails object, {
    FullType specifiedType = FullType.unspecified,
  }) sync* {
    yield r'image_tokens';
    yield serializers.serialize(
      object.imageTokens,
      specifiedType: const FullType(int),
    );
    yield r'text_tokens';
    yield serializers.serialize(
      object.textTokens,
      specifiedType: const FullType(int),
    );
  }

  @override
  Object serialize(
    Serializers serializers,
    OpenAiImagesUsageInputDetails object, {
    FullType specifiedType = FullType.unspecified,
  }) {
    return _serializeProperties(serializers, object, specifiedType: specifiedType).toList();
  }

  void _deserializeProperties(
    Serializers serializers,
    Object serialized, {
    FullType specifiedType = FullType.unspecified,
    required List<Object?> serializedList,
    required OpenAiImagesUsageInputDetailsBuilder result,
    required List<Object?> unhandled,
  }) {
    for (var i = 0; i < serializedList.length; i += 2) {
      final key = serializedList[i] as String;
      final value = serializedList[i + 1];
      switch (key) {
        case r'image_tokens':
          final valueDes = serializers.deserialize(
            value,
            specifiedType: const FullType(int),
          ) as int;
          result.imageTokens = valueDes;
          break;
        case r'text_tokens':
          final valueDes = serializers.deserialize(
            value,
            specifiedType: const FullType(int),
          ) as int;
          result.textTokens = valueDes;
          break;
        default:
          unhandled.add(key);
          unhandled.add(value);
          break;
      }
    }
  }

  @override
  OpenAiImagesUsageInputDetails deserialize(
    Serializers serializers,
    Object serialized, {
    FullType specifiedType = FullType.unspecified,
  }) {
    final result = OpenAiImagesUsageInputDetailsBuilder();
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


