//
// AUTO-GENERATED FILE, DO NOT MODIFY!
//

// ignore_for_file: unused_element
import 'package:avatar_forge_client/src/model/open_ai_image.dart';
import 'package:avatar_forge_client/src/model/open_ai_images_usage.dart';
import 'package:built_collection/built_collection.dart';
import 'package:built_value/built_value.dart';
import 'package:built_value/serializer.dart';

part 'open_ai_images_response.g.dart';

/// OpenAiImagesResponse
///
/// Properties:
/// * [created] - When the job was created, Unix seconds
/// * [data] 
/// * [outputFormat] 
/// * [quality] - The quality tier the job ran at
/// * [size] - The avatar's dimensions
/// * [usage] 
@BuiltValue()
abstract class OpenAiImagesResponse implements Built<OpenAiImagesResponse, OpenAiImagesResponseBuilder> {
  /// When the job was created, Unix seconds
  @BuiltValueField(wireName: r'created')
  int get created;

  @BuiltValueField(wireName: r'data')
  BuiltList<OpenAiImage> get data;

  @BuiltValueField(wireName: r'output_format')
  OpenAiImagesResponseOutputFormatEnum get outputFormat;
  // enum outputFormatEnum {  png,  jpeg,  webp,  };

  /// The quality tier the job ran at
  @BuiltValueField(wireName: r'quality')
  OpenAiImagesResponseQualityEnum get quality;
  // enum qualityEnum {  low,  medium,  high,  };

  /// The avatar's dimensions
  @BuiltValueField(wireName: r'size')
  String get size;

  @BuiltValueField(wireName: r'usage')
  OpenAiImagesUsage get usage;

  OpenAiImagesResponse._();

  factory OpenAiImagesResponse([void updates(OpenAiImagesResponseBuilder b)]) = _$OpenAiImagesResponse;

  @BuiltValueHook(initializeBuilder: true)
  static void _defaults(OpenAiImagesResponseBuilder b) => b;

  @BuiltValueSerializer(custom: true)
  static Serializer<OpenAiImagesResponse> get serializer => _$OpenAiImagesResponseSerializer();
}

class _$OpenAiImagesResponseSerializer implements PrimitiveSerializer<OpenAiImagesResponse> {
  @override
  final Iterable<Type> types = const [OpenAiImagesResponse, _$OpenAiImagesResponse];

  @override
  final String wireName = r'OpenAiImagesResponse';

  Iterable<Object?> _serializeProperties(
    Serializers serializers,
    OpenAiImagesResponse object, {
    FullType specifiedType = FullType.unspecified,
  }) sync* {
    yield r'created';
    yield serializers.serialize(
      object.created,
      specifiedType: const FullType(int),
    );
    yield r'data';
    yield serializers.serialize(
      object.data,
      specifiedType: const FullType(BuiltList, [FullType(OpenAiImage)]),
    );
    yield r'output_format';
    yield serializers.serialize(
      object.outputFormat,
      specifiedType: const FullType(OpenAiImagesResponseOutputFormatEnum),
    );
    yield r'quality';
    yield serializers.serialize(
      object.quality,
      specifiedType: const FullType(OpenAiImagesResponseQualityEnum),
    );
    yield r'size';
    yield serializers.serialize(
      object.size,
      specifiedType: const FullType(String),
    );
    yield r'usage';
    yield serializers.serialize(
      object.usage,
      specifiedType: const FullType(OpenAiImagesUsage),
    );
  }

  @override
  Object serialize(
    Serializers serializers,
    OpenAiImagesResponse object, {
    FullType specifiedType = FullType.unspecified,
  }) {
    return _serializeProperties(serializers, object, specifiedType: specifiedType).toList();
  }

  void _deserializeProperties(
    Serializers serializers,
    Object serialized, {
    FullType specifiedType = FullType.unspecified,
    required List<Object?> serializedList,
    required OpenAiImagesResponseBuilder result,
    required List<Object?> unhandled,
  }) {
    for (var i = 0; i < serializedList.length; i += 2) {
      final key = serializedList[i] as String;
      final value = serializedList[i + 1];
      switch (key) {
        case r'created':
          final valueDes = serializers.deserialize(
            value,
            specifiedType: const FullType(int),
          ) as int;
          result.created = valueDes;
          break;
        case r'data':
          final valueDes = serializers.deserialize(
            value,
            specifiedType: const FullType(BuiltList, [FullType(OpenAiImage)]),
          ) as BuiltList<OpenAiImage>;
          result.data.replace(valueDes);
          break;
        case r'output_format':
          final valueDes = serializers.deserialize(
            value,
            specifiedType: const FullType(OpenAiImagesResponseOutputFormatEnum),
          ) as OpenAiImagesResponseOutputFormatEnum;
          result.outputFormat = valueDes;
          break;
        case r'quality':
          final valueDes = serializers.deserialize(
            value,
            specifiedType: const FullType(OpenAiImagesResponseQualityEnum),
          ) as OpenAiImagesResponseQualityEnum;
          result.quality = valueDes;
          break;
        case r'size':
          final valueDes = serializers.deserialize(
            value,
            specifiedType: const FullType(String),
          ) as String;
          result.size = valueDes;
          break;
        case r'usage':
          final valueDes = serializers.deserialize(
            value,
            specifiedType: const FullType(OpenAiImagesUsage),
          ) as OpenAiImagesUsage;
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
  OpenAiImagesResponse deserialize(
    Serializers serializers,
    Object serialized, {
    FullType specifiedType = FullType.unspecified,
  }) {
    final result = OpenAiImagesResponseBuilder();
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


class OpenAiImagesResponseOutputFormatEnum extends EnumClass {

  @BuiltValueEnumConst(wireName: r'png')
  static const OpenAiImagesResponseOutputFormatEnum png = _$openAiImagesResponseOutputFormatEnum_png;
  @BuiltValueEnumConst(wireName: r'jpeg')
  static const OpenAiImagesResponseOutputFormatEnum jpeg = _$openAiImagesResponseOutputFormatEnum_jpeg;
  @BuiltValueEnumConst(wireName: r'webp')
  static const OpenAiImagesResponseOutputFormatEnum webp = _$openAiImagesResponseOutputFormatEnum_webp;

  static Serializer<OpenAiImagesResponseOutputFormatEnum> get serializer => _$openAiImagesResponseOutputFormatEnumSerializer;

  const OpenAiImagesResponseOutputFormatEnum._(String name): super(name);

  static BuiltSet<OpenAiImagesResponseOutputFormatEnum> get values => _$openAiImagesResponseOutputFormatEnumValues;
  static OpenAiImagesResponseOutputFormatEnum valueOf(String name) => _$openAiImagesResponseOutputFormatEnumValueOf(name);
}

/// The quality tier the job ran at
class OpenAiImagesResponseQualityEnum extends EnumClass {

  @BuiltValueEnumConst(wireName: r'low')
  static const OpenAiImagesResponseQualityEnum low = _$openAiImagesResponseQualityEnum_low;
  @BuiltValueEnumConst(wireName: r'medium')
  static const OpenAiImagesResponseQualityEnum medium = _$openAiImagesResponseQualityEnum_medium;
  @BuiltValueEnumConst(wireName: r'high')
  static const OpenAiImagesResponseQualityEnum high = _$openAiImagesResponseQualityEnum_high;

  static Serializer<OpenAiImagesResponseQualityEnum> get serializer => _$openAiImagesResponseQualityEnumSerializer;

  const OpenAiImagesResponseQualityEnum._(String name): super(name);

  static BuiltSet<OpenAiImagesResponseQualityEnum> get values => _$openAiImagesResponseQualityEnumValues;
  static OpenAiImagesResponseQualityEnum valueOf(String name) => _$openAiImagesResponseQualityEnumValueOf(name);
}

