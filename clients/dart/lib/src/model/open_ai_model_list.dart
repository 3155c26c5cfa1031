//
// AUTO-GENERATED FILE, DO NOT MODIFY!
//

// ignore_for_file: unused_element
import 'package:built_collection/built_collection.dart';
import 'package:avatar_forge_client/src/model/open_ai_model.dart';
import 'package:built_value/built_value.dart';
import 'package:built_value/serializer.dart';

part 'open_ai_model_list.g.dart';

/// OpenAiModelList
///
/// Properties:
/// * [data] 
/// * [object] 
@BuiltValue()
abstract class OpenAiModelList implements Built<OpenAiModelList, OpenAiModelListBuilder> {
  @BuiltValueField(wireName: r'data')
  BuiltList<OpenAiModel> get data;

  @BuiltValueField(wireName: r'object')
  OpenAiModelListObjectEnum get object;
  // enum objectEnum {  list,  };

  OpenAiModelList._();

  factory OpenAiModelList([void updates(OpenAiModelListBuilder b)]) = _$OpenAiModelList;

  @BuiltValueHook(initializeBuilder: true)
  static void _defaults(OpenAiModelListBuilder b) => b;

  @BuiltValueSerializer(custom: true)
  static Serializer<OpenAiModelList> get serializer => _$OpenAiModelListSerializer();
}

class _$OpenAiModelListSerializer implements PrimitiveSerializer<OpenAiModelList> {
  @override
  final Iterable<Type> types = const [OpenAiModelList, _$OpenAiModelList];

  @override
  final String wireName = r'OpenAiModelList';

  Iterable<Object?> _serializeProperties(
    Serializers serializers,
    OpenAiModelList object, {
    FullType specifiedType = FullType.unspecified,
  }) sync* {
    yield r'data';
    yield serializers.serialize(
      object.data,
      specifiedType: const FullType(BuiltList, [FullType(OpenAiModel)]),
    );
    yield r'object';
    yield serializers.serialize(
      object.object,
      specifiedType: const FullType(OpenAiModelListObjectEnum),
    );
  }

  @override
  Object serialize(
    Serializers serializers,
    OpenAiModelList object, {
    FullType specifiedType = FullType.unspecified,
  }) {
    return _serializeProperties(serializers, object, specifiedType: specifiedType).toList();
  }

  void _deserializeProperties(
    Serializers serializers,
    Object serialized, {
    FullType specifiedType = FullType.unspecified,
    required List<Object?> serializedList,
    required OpenAiModelListBuilder result,
    required List<Object?> unhandled,
  }) {
    for (var i = 0; i < serializedList.length; i += 2) {
      final key = serializedList[i] as String;
      final value = serializedList[i + 1];
      switch (key) {
        case r'data':
          final valueDes = serializers.deserialize(
            value,
            specifiedType: const FullType(BuiltList, [FullType(OpenAiModel)]),
          ) as BuiltList<OpenAiModel>;
          result.data.replace(valueDes);
          break;
        case r'object':
          final valueDes = serializers.deserialize(
            value,
            specifiedType: const FullType(OpenAiModelListObjectEnum),
          ) as OpenAiModelListObjectEnum;
          result.object = valueDes;
          break;
        default:
          unhandled.add(key);
          unhandled.add(value);
          break;
      }
    }
  }

  @override
  OpenAiModelList deserialize(
    Serializers serializers,
    Object serialized, {
    FullType specifiedType = FullType.unspecified,
  }) {
    final result = OpenAiModelListBuilder();
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


class OpenAiModelListObjectEnum extends EnumClass {

  @BuiltValueEnumConst(wireName: r'list')
  static const OpenAiModelListObjectEnum list = _$openAiModelListObjectEnum_list;

  static Serializer<OpenAiModelListObjectEnum> get serializer => _$openAiModelListObjectEnumSerializer;

  const OpenAiModelListObjectEnum._(String name): super(name);

  static BuiltSet<OpenAiModelListObjectEnum> get values => _$openAiModelListObjectEnumValues;
  static OpenAiModelListObjectEnum valueOf(String name) => _$openAiModelListObjectEnumValueOf(name);
}

