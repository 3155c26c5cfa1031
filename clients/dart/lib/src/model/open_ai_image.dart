//
// AUTO-GENERATED FILE, DO NOT MODIFY!
//

// ignore_for_file: unused_element
import 'package:built_value/built_value.dart';
import 'package:built_value/serializer.dart';

part 'open_ai_image.g.dart';

/// OpenAiImage
///
/// Properties:
/// * [b64Json] - The avatar, base64 (absent when response_format=url)
/// * [url] - The signed image URL, as the REST API gives it
@BuiltValue()
abstract class OpenAiImage implements Built<OpenAiImage, OpenAiImageBuilder> {
  /// The avatar, base64 (absent when response_format=url)
  @BuiltValueField(wireName: r'b64_json')
  String? get b64Json;

  /// The signed image URL, as the REST API gives it
  @BuiltValueField(wireName: r'url')
  String get url;

  OpenAiImage._();

  factory OpenAiImage([void updates(OpenAiImageBuilder b)]) = _$OpenAiImage;

  @BuiltValueHook(initializeBuilder: true)
  static void _defaults(OpenAiImageBuilder b) => b;

  @BuiltValueSerializer(custom: true)
  static Serializer<OpenAiImage> get serializer => _$OpenAiImageSerializer();
}

class _$OpenAiImageSerializer implements PrimitiveSerializer<OpenAiImage> {
  @override
  final Iterable<Type> types = const [OpenAiImage, _$OpenAiImage];

  @override
  final String wireName = r'OpenAiImage';

  Iterable<Object?> _serializeProperties(
    Serializers serializers,
    OpenAiImage object, {
    FullType specifiedType = FullType.unspecified,
  }) sync* {
    if (object.b64Json != null) {
      yield r'b64_json';
      yield serializers.serialize(
        object.b64Json,
        specifiedType: const FullType.nullable(String),
      );
    }
    yield r'url';
    yield serializers.serialize(
      object.url,
      specifiedType: const FullType(String),
    );
  }

  @override
  Object serialize(
    Serializers serializers,
    OpenAiImage object, {
    FullType specifiedType = FullType.unspecified,
  }) {
    return _serializeProperties(serializers, object, specifiedType: specifiedType).toList();
  }

  void _deserializeProperties(
    Serializers serializers,
    Object serialized, {
    FullType specifiedType = FullType.unspecified,
    required List<Object?> serializedList,
    required OpenAiImageBuilder result,
    required List<Object?> unhandled,
  }) {
    for (var i = 0; i < serializedList.length; i += 2) {
      final key = serializedList[i] as String;
      final value = serializedList[i + 1];
      switch (key) {
        case r'b64_json':
          final valueDes = serializers.deserialize(
            value,
            specifiedType: const FullType.nullable(String),
          ) as String?;
          if (valueDes == null) continue;
          result.b64Json = valueDes;
          break;
        case r'url':
          final valueDes = serializers.deserialize(
            value,
            specifiedType: const FullType(String),
          ) as String;
          result.url = valueDes;
          break;
        default:
          unhandled.add(key);
          unhandled.add(value);
          break;
      }
    }
  }

  @override
  OpenAiImage deserialize(
    Serializers serializers,
    Object serialized, {
    FullType specifiedType = FullType.unspecified,
  }) {
    final result = OpenAiImageBuilder();
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


