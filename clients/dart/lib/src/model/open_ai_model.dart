//
// AUTO-GENERATED FILE, DO NOT MODIFY!
//

// ignore_for_file: unused_element
import 'package:built_collection/built_collection.dart';
import 'package:built_value/built_value.dart';
import 'package:built_value/serializer.dart';

part 'open_ai_model.g.dart';

/// OpenAiModel
///
/// Properties:
/// * [created] 
/// * [id] 
/// * [object] 
/// * [ownedBy] 
@BuiltValue()
abstract class OpenAiModel implements Built<OpenAiModel, OpenAiModelBuilder> {
  @BuiltValueField(wireName: r'created')
  int get created;

  @BuiltValueField(wireName: r'id')
  String get id;

  @BuiltValueField(wireName: r'object')
  OpenAiModelObjectEnum get object;
  // enum objectEnum {  model,  };

  @BuiltValueField(wireName: r'owned_by')
  String get ownedBy;

  OpenAiModel._();

  factory OpenAiModel([void updates(OpenAiModelBuilder b)]) = _$OpenAiModel;

  @BuiltValueHook(initializeBuilder: true)
  static void _defaults(OpenAiModelBuilder b) => b;

  @BuiltValueSerializer(custom: true)
  static Serializer<OpenAiModel> get serializer => _$OpenAiModelSerializer();
}

class _$OpenAiModelSerializer implements PrimitiveSerializer<OpenAiModel> {
  @override
  final Iterable<Type> types = const [OpenAiModel, _$OpenAiModel];

  @override
  final String wireName = r'OpenAiModel';

  Iterable<Object?> _serializeProperties(
    Serializers serializers,
    OpenAiModel object, {
    FullType specifiedType = FullType.unspecified,
  }) sync* {
    yield r'created';
    yield serializers.serialize(
      object.created,
      specifiedType: const FullType(int),
    );
    yield r'id';
    yield serializers.serialize(
      object.id,
      specifiedType: const FullType(String),
    );
    yield r'object';
    yield serializers.serialize(
      object.object,
      specifiedType: const FullType(OpenAiModelObjectEnum),
    );
    yield r'owned_by';
    yield serializers.serialize(
      object.ownedBy,
      specifiedType: const FullType(String),
    );
  }

  @override
  Object serialize(
    Serializers serializers,
    OpenAiModel object, {
    FullType specifiedType = FullType.unspecified,
  }) {
    return _serializeProperties(serializers, object, specifiedType: specifiedType).toList();
  }

  void _deserializeProperties(
    Serializers serializers,
    Object serialized, {
    FullType specifiedType = FullType.unspecified,
    required List<Object?> serializedList,
    required OpenAiModelBuilder result,
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
        case r'id':
          final valueDes = serializers.deserialize(
            value,
            specifiedType: const FullType(String),
          ) as String;
          result.id = valueDes;
          break;
        case r'object':
          final valueDes = serializers.deserialize(
            value,
            specifiedType: const FullType(OpenAiModelObjectEnum),
          ) as OpenAiModelObjectEnum;
          result.object = valueDes;
          break;
        case r'owned_by':
          final valueDes = serializers.deserialize(
            value,
            specifiedType: const FullType(String),
          ) as String;
          result.ownedBy = valueDes;
          break;
        default:
          unhandled.add(key);
          unhandled.add(value);
          break;
      }
    }
  }

  @override
  OpenAiModel deserialize(
    Serializers serializers,
    Object serialized, {
    FullType specifiedType = FullType.unspecified,
  }) {
    final result = OpenAiModelBuilder();
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


class OpenAiModelObjectEnum extends EnumClass {

  @BuiltValueEnumConst(wireName: r'model')
  static const OpenAiModelObjectEnum model = _$openAiModelObjectEnum_model;

  static Serializer<OpenAiModelObjectEnum> get serializer => _$openAiModelObjectEnumSerializer;

  const OpenAiModelObjectEnum._(String name): super(name);

  static BuiltSet<OpenAiModelObjectEnum> get values => _$openAiModelObjectEnumValues;
  static OpenAiModelObjectEnum valueOf(String name) => _$openAiModelObjectEnumValueOf(name);
}

