//
// AUTO-GENERATED FILE, DO NOT MODIFY!
//

// ignore_for_file: unused_element
import 'package:built_collection/built_collection.dart';
import 'package:avatar_forge_client/src/model/attempt_view.dart';
import 'package:built_value/built_value.dart';
import 'package:built_value/serializer.dart';

part 'deliveries_view.g.dart';

/// DeliveriesView
///
/// Properties:
/// * [attempts] 
/// * [eventType] 
/// * [jobId] 
/// * [nextAttemptAt] 
/// * [series] 
/// * [settledAt] 
/// * [state] 
/// * [webhookId] 
/// * [webhookUrl] 
@BuiltValue()
abstract class DeliveriesView implements Built<DeliveriesView, DeliveriesViewBuilder> {
  @BuiltValueField(wireName: r'attempts')
  BuiltList<AttemptView> get attempts;

  @BuiltValueField(wireName: r'event_type')
  String? get eventType;

  @BuiltValueField(wireName: r'job_id')
  String get jobId;

  @BuiltValueField(wireName: r'next_attempt_at')
  DateTime? get nextAttemptAt;

  @BuiltValueField(wireName: r'series')
  int get series;

  @BuiltValueField(wireName: r'settled_at')
  DateTime? get settledAt;

  @BuiltValueField(wireName: r'state')
  String get state;

  @BuiltValueField(wireName: r'webhook_id')
  String? get webhookId;

  @BuiltValueField(wireName: r'webhook_url')
  String? get webhookUrl;

  DeliveriesView._();

  factory DeliveriesView([void updates(DeliveriesViewBuilder b)]) = _$DeliveriesView;

  @BuiltValueHook(initializeBuilder: true)
  static void _defaults(DeliveriesViewBuilder b) => b;

  @BuiltValueSerializer(custom: true)
  static Serializer<DeliveriesView> get serializer => _$DeliveriesViewSerializer();
}

class _$DeliveriesViewSerializer implements PrimitiveSerializer<DeliveriesView> {
  @override
  final Iterable<Type> types = const [DeliveriesView, _$DeliveriesView];

  @override
  final String wireName = r'DeliveriesView';

  Iterable<Object?> _serializeProperties(
    Serializers serializers,
    DeliveriesView object, {
    FullType specifiedType = FullType.unspecified,
  }) sync* {
    yield r'attempts';
    yield serializers.serialize(
      object.attempts,
      specifiedType: const FullType(BuiltList, [FullType(AttemptView)]),
    );
    if (object.eventType != null) {
      yield r'event_type';
      yield serializers.serialize(
        object.eventType,
        specifiedType: const FullType.nullable(String),
      );
    }
    yield r'job_id';
    yield serializers.serialize(
      object.jobId,
      specifiedType: const FullType(String),
    );
    if (object.nextAttemptAt != null) {
      yield r'next_attempt_at';
      yield serializers.serialize(
        object.nextAttemptAt,
        specifiedType: const FullType.nullable(DateTime),
      );
    }
    yield r'series';
    yield serializers.serialize(
      object.series,
      specifiedType: const FullType(int),
    );
    if (object.settledAt != null) {
      yield r'settled_at';
      yield serializers.serialize(
        object.settledAt,
        specifiedType: const FullType.nullable(DateTime),
      );
    }
    yield r'state';
    yield serializers.serialize(
      object.state,
      specifiedType: const FullType(String),
    );
    if (object.webhookId != null) {
      yield r'webhook_id';
      yield serializers.serialize(
        object.webhookId,
        specifiedType: const FullType.nullable(String),
      );
    }
    if (object.webhookUrl != null) {
      yield r'webhook_url';
      yield serializers.serialize(
        object.webhookUrl,
        specifiedType: const FullType.nullable(String),
      );
    }
  }

  @override
  Object serialize(
    Serializers serializers,
    DeliveriesView object, {
    FullType specifiedType = FullType.unspecified,
  }) {
    return _serializeProperties(serializers, object, specifiedType: specifiedType).toList();
  }

  void _deserializeProperties(
    Serializers serializers,
    Object serialized, {
    FullType specifiedType = FullType.unspecified,
    required List<Object?> serializedList,
    required DeliveriesViewBuilder result,
    required List<Object?> unhandled,
  }) {
    for (var i = 0; i < serializedList.length; i += 2) {
      final key = serializedList[i] as String;
      final value = serializedList[i + 1];
      switch (key) {
        case r'attempts':
          final valueDes = serializers.deserialize(
            value,
            specifiedType: const FullType(BuiltList, [FullType(AttemptView)]),
          ) as BuiltList<AttemptView>;
          result.attempts.replace(valueDes);
          break;
        case r'event_type':
          final valueDes = serializers.deserialize(
            value,
            specifiedType: const FullType.nullable(String),
          ) as String?;
          if (valueDes == null) continue;
          result.eventType = valueDes;
          break;
        case r'job_id':
          final valueDes = serializers.deserialize(
            value,
            specifiedType: const FullType(String),
          ) as String;
          result.jobId = valueDes;
          break;
        case r'next_attempt_at':
          final valueDes = serializers.deserialize(
            value,
            specifiedType: const FullType.nullable(DateTime),
          ) as DateTime?;
          if (valueDes == null) continue;
          result.nextAttemptAt = valueDes;
          break;
        case r'series':
          final valueDes = serializers.deserialize(
            value,
            specifiedType: const FullType(int),
          ) as int;
          result.series = valueDes;
          break;
        case r'settled_at':
          final valueDes = serializers.deserialize(
            value,
            specifiedType: const FullType.nullable(DateTime),
          ) as DateTime?;
          if (valueDes == null) continue;
          result.settledAt = valueDes;
          break;
        case r'state':
          final valueDes = serializers.deserialize(
            value,
            specifiedType: const FullType(String),
          ) as String;
          result.state = valueDes;
          break;
        case r'webhook_id':
          final valueDes = serializers.deserialize(
            value,
            specifiedType: const FullType.nullable(String),
          ) as String?;
          if (valueDes == null) continue;
          result.webhookId = valueDes;
          break;
        case r'webhook_url':
          final valueDes = serializers.deserialize(
            value,
            specifiedType: const FullType.nullable(String),
          ) as String?;
          if (valueDes == null) continue;
          result.webhookUrl = valueDes;
          break;
        default:
          unhandled.add(key);
          unhandled.add(value);
          break;
      }
    }
  }

  @override
  DeliveriesView deserialize(
    Serializers serializers,
    Object serialized, {
    FullType specifiedType = FullType.unspecified,
  }) {
    final result = DeliveriesViewBuilder();
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


