//
// AUTO-GENERATED FILE, DO NOT MODIFY!
//

// ignore_for_file: unused_element
import 'package:avatar_forge_client/src/model/key_view.dart';
import 'package:built_collection/built_collection.dart';
import 'package:built_value/built_value.dart';
import 'package:built_value/serializer.dart';

part 'key_list.g.dart';

/// KeyList
///
/// Properties:
/// * [apiKeys] 
@BuiltValue()
abstract class KeyList implements Built<KeyList, KeyListBuilder> {
  @BuiltValueField(wireName: r'api_keys')
  BuiltList<KeyView> get apiKeys;

  KeyList._();

  factory KeyList([void updates(KeyListBuilder b)]) = _$KeyList;

  @BuiltValueHook(initializeBuilder: true)
  static void _defaults(KeyListBuilder b) => b;

  @BuiltValueSerializer(custom: true)
  static Serializer<KeyList> get serializer => _$KeyListSerializer();
}

class _$KeyListSerializer implements PrimitiveSerializer<KeyList> {
  @override
  final Iterable<Type> types = const [KeyList, _$KeyList];

  @override
  final String wireName = r'KeyList';

  Iterable<Object?> _serializeProperties(
    Serializers serializers,
    KeyList object, {
    FullType specifiedType = FullType.unspecified,
  }) sync* {
    yield r'api_keys';
    yield serializers.serialize(
      object.apiKeys,
      specifiedType: const FullType(BuiltList, [FullType(KeyView)]),
    );
  }

  @override
  Object serialize(
    Serializers serializers,
    KeyList object, {
    FullType specifiedType = FullType.unspecified,
  }) {
    return _serializeProperties(serializers, object, specifiedType: specifiedType).toList();
  }

  void _deserializeProperties(
    Serializers serializers,
    Object serialized, {
    FullType specifiedType = FullType.unspecified,
    required List<Object?> serializedList,
    required KeyListBuilder result,
    required List<Object?> unhandled,
  }) {
    for (var i = 0; i < serializedList.length; i += 2) {
      final key = serializedList[i] as String;
      final value = serializedList[i + 1];
      switch (key) {
        case r'api_keys':
          final valueDes = serializers.deserialize(
            value,
            specifiedType: const FullType(BuiltList, [FullType(KeyView)]),
          ) as BuiltList<KeyView>;
          result.apiKeys.replace(valueDes);
          break;
        default:
          unhandled.add(key);
          unhandled.add(value);
          break;
      }
    }
  }

  @override
  KeyList deserialize(
    Serializers serializers,
    Object serialized, {
    FullType specifiedType = FullType.unspecified,
  }) {
    final result = KeyListBuilder();
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


