//
// AUTO-GENERATED FILE, DO NOT MODIFY!
//

// ignore_for_file: unused_element
import 'package:built_collection/built_collection.dart';
import 'package:avatar_forge_client/src/model/style_summary.dart';
import 'package:built_value/built_value.dart';
import 'package:built_value/serializer.dart';

part 'styles.g.dart';

/// Styles
///
/// Properties:
/// * [defaultStyle] 
/// * [styles] 
@BuiltValue()
abstract class Styles implements Built<Styles, StylesBuilder> {
  @BuiltValueField(wireName: r'default_style')
  String get defaultStyle;

  @BuiltValueField(wireName: r'styles')
  BuiltList<StyleSummary> get styles;

  Styles._();

  factory Styles([void updates(StylesBuilder b)]) = _$Styles;

  @BuiltValueHook(initializeBuilder: true)
  static void _defaults(StylesBuilder b) => b;

  @BuiltValueSerializer(custom: true)
  static Serializer<Styles> get serializer => _$StylesSerializer();
}

class _$StylesSerializer implements PrimitiveSerializer<Styles> {
  @override
  final Iterable<Type> types = const [Styles, _$Styles];

  @override
  final String wireName = r'Styles';

  Iterable<Object?> _serializeProperties(
    Serializers serializers,
    Styles object, {
    FullType specifiedType = FullType.unspecified,
  }) sync* {
    yield r'default_style';
    yield serializers.serialize(
      object.defaultStyle,
      specifiedType: const FullType(String),
    );
    yield r'styles';
    yield serializers.serialize(
      object.styles,
      specifiedType: const FullType(BuiltList, [FullType(StyleSummary)]),
    );
  }

  @override
  Object serialize(
    Serializers serializers,
    Styles object, {
    FullType specifiedType = FullType.unspecified,
  }) {
    return _serializeProperties(serializers, object, specifiedType: specifiedType).toList();
  }

  void _deserializeProperties(
    Serializers serializers,
    Object serialized, {
    FullType specifiedType = FullType.unspecified,
    required List<Object?> serializedList,
    required StylesBuilder result,
    required List<Object?> unhandled,
  }) {
    for (var i = 0; i < serializedList.length; i += 2) {
      final key = serializedList[i] as String;
      final value = serializedList[i + 1];
      switch (key) {
        case r'default_style':
          final valueDes = serializers.deserialize(
            value,
            specifiedType: const FullType(String),
          ) as String;
          result.defaultStyle = valueDes;
          break;
        case r'styles':
          final valueDes = serializers.deserialize(
            value,
            specifiedType: const FullType(BuiltList, [FullType(StyleSummary)]),
          ) as BuiltList<StyleSummary>;
          result.styles.replace(valueDes);
          break;
        default:
          unhandled.add(key);
          unhandled.add(value);
          break;
      }
    }
  }

  @override
  Styles deserialize(
    Serializers serializers,
    Object serialized, {
    FullType specifiedType = FullType.unspecified,
  }) {
    final result = StylesBuilder();
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


