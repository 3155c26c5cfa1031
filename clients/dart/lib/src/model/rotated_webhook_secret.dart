//
// AUTO-GENERATED FILE, DO NOT MODIFY!
//

// ignore_for_file: unused_element
import 'package:built_value/built_value.dart';
import 'package:built_value/serializer.dart';

part 'rotated_webhook_secret.g.dart';

/// RotatedWebhookSecret
///
/// Properties:
/// * [id] 
/// * [previousValidUntil] 
/// * [webhookSecret] 
@BuiltValue()
abstract class RotatedWebhookSecret implements Built<RotatedWebhookSecret, RotatedWebhookSecretBuilder> {
  @BuiltValueField(wireName: r'id')
  String get id;

  @BuiltValueField(wireName: r'previous_valid_until')
  DateTime? get previousValidUntil;

  @BuiltValueField(wireName: r'webhook_secret')
  String get webhookSecret;

  RotatedWebhookSecret._();

  factory RotatedWebhookSecret([void updates(RotatedWebhookSecretBuilder b)]) = _$RotatedWebhookSecret;

  @BuiltValueHook(initializeBuilder: true)
  static void _defaults(RotatedWebhookSecretBuilder b) => b;

  @BuiltValueSerializer(custom: true)
  static Serializer<RotatedWebhookSecret> get serializer => _$RotatedWebhookSecretSerializer();
}

class _$RotatedWebhookSecretSerializer implements PrimitiveSerializer<RotatedWebhookSecret> {
  @override
  final Iterable<Type> types = const [RotatedWebhookSecret, _$RotatedWebhookSecret];

  @override
  final String wireName = r'RotatedWebhookSecret';

  Iterable<Object?> _serializeProperties(
    Serializers serializers,
    RotatedWebhookSecret object, {
    FullType specifiedType = FullType.unspecified,
  }) sync* {
    yield r'id';
    yield serializers.serialize(
      object.id,
      specifiedType: const FullType(String),
    );
    if (object.previousValidUntil != null) {
      yield r'previous_valid_until';
      yield serializers.serialize(
        object.previousValidUntil,
        specifiedType: const FullType.nullable(DateTime),
      );
    }
    yield r'webhook_secret';
    yield serializers.serialize(
      object.webhookSecret,
      specifiedType: const FullType(String),
    );
  }

  @override
  Object serialize(
    Serializers serializers,
    RotatedWebhookSecret object, {
    FullType specifiedType = FullType.unspecified,
  }) {
    return _serializeProperties(serializers, object, specifiedType: specifiedType).toList();
  }

  void _deserializeProperties(
    Serializers serializers,
    Object serialized, {
    FullType specifiedType = FullType.unspecified,
    required List<Object?> serializedList,
    required RotatedWebhookSecretBuilder result,
    required List<Object?> unhandled,
  }) {
    for (var i = 0; i < serializedList.length; i += 2) {
      final key = serializedList[i] as String;
      final value = serializedList[i + 1];
      switch (key) {
        case r'id':
          final valueDes = serializers.deserialize(
            value,
            specifiedType: const FullType(String),
          ) as String;
          result.id = valueDes;
          break;
        case r'previous_valid_until':
          final valueDes = serializers.deserialize(
            value,
            specifiedType: const FullType.nullable(DateTime),
          ) as DateTime?;
          if (valueDes == null) continue;
          result.previousValidUntil = valueDes;
          break;
        case r'webhook_secret':
          final valueDes = serializers.deserialize(
            value,
            specifiedType: const FullType(String),
          ) as String;
          result.webhookSecret = valueDes;
          break;
        default:
          unhandled.add(key);
          unhandled.add(value);
          break;
      }
    }
  }

  @override
  RotatedWebhookSecret deserialize(
    Serializers serializers,
    Object serialized, {
    FullType specifiedType = FullType.unspecified,
  }) {
    final result = RotatedWebhookSecretBuilder();
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


