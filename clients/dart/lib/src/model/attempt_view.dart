//
// AUTO-GENERATED FILE, DO NOT MODIFY!
//

// ignore_for_file: unused_element
import 'package:built_value/built_value.dart';
import 'package:built_value/serializer.dart';

part 'attempt_view.g.dart';

/// AttemptView
///
/// Properties:
/// * [attemptedAt] 
/// * [error] 
/// * [httpStatus] 
/// * [latencyMs] 
/// * [series] 
@BuiltValue()
abstract class AttemptView implements Built<AttemptView, AttemptViewBuilder> {
  @BuiltValueField(wireName: r'attempted_at')
  DateTime get attemptedAt;

  @BuiltValueField(wireName: r'error')
  String? get error;

  @BuiltValueField(wireName: r'http_status')
  int? get httpStatus;

  @BuiltValueField(wireName: r'latency_ms')
  int get latencyMs;

  @BuiltValueField(wireName: r'series')
  int get series;

  AttemptView._();

  factory AttemptView([void updates(AttemptViewBuilder b)]) = _$AttemptView;

  @BuiltValueHook(initializeBuilder: true)
  static void _defaults(AttemptViewBuilder b) => b;

  @BuiltValueSerializer(custom: true)
  static Serializer<AttemptView> get serializer => _$AttemptViewSerializer();
}

class _$AttemptViewSerializer implements PrimitiveSerializer<AttemptView> {
  @override
  final Iterable<Type> types = const [AttemptView, _$AttemptView];

  @override
  final String wireName = r'AttemptView';

  Iterable<Object?> _serializeProperties(
    Serializers serializers,
    AttemptView object, {
    FullType specifiedType = FullType.unspecified,
  }) sync* {
    yield r'attempted_at';
    yield serializers.serialize(
      object.attemptedAt,
      specifiedType: const FullType(DateTime),
    );
    if (object.error != null) {
      yield r'error';
      yield serializers.serialize(
        object.error,
        specifiedType: const FullType.nullable(String),
      );
    }
    if (object.httpStatus != null) {
      yield r'http_status';
      yield serializers.serialize(
        object.httpStatus,
        specifiedType: const FullType.nullable(int),
      );
    }
    yield r'latency_ms';
    yield serializers.serialize(
      object.latencyMs,
      specifiedType: const FullType(int),
    );
    yield r'series';
    yield serializers.serialize(
      object.series,
      specifiedType: const FullType(int),
    );
  }

  @override
  Object serialize(
    Serializers serializers,
    AttemptView object, {
    FullType specifiedType = FullType.unspecified,
  }) {
    return _serializeProperties(serializers, object, specifiedType: specifiedType).toList();
  }

  void _deserializeProperties(
    Serializers serializers,
    Object serialized, {
    FullType specifiedType = FullType.unspecified,
    required List<Object?> serializedList,
    required AttemptViewBuilder result,
    required List<Object?> unhandled,
  }) {
    for (var i = 0; i < serializedList.length; i += 2) {
      final key = serializedList[i] as String;
      final value = serializedList[i + 1];
      switch (key) {
        case r'attempted_at':
          final valueDes = serializers.deserialize(
            value,
            specifiedType: const FullType(DateTime),
          ) as DateTime;
          result.attemptedAt = valueDes;
          break;
        case r'error':
          final valueDes = serializers.deserialize(
            value,
            specifiedType: const FullType.nullable(String),
          ) as String?;
          if (valueDes == null) continue;
          result.error = valueDes;
          break;
        case r'http_status':
          final valueDes = serializers.deserialize(
            value,
            specifiedType: const FullType.nullable(int),
          ) as int?;
          if (valueDes == null) continue;
          result.httpStatus = valueDes;
          break;
        case r'latency_ms':
          final valueDes = serializers.deserialize(
            value,
            specifiedType: const FullType(int),
          ) as int;
          result.latencyMs = valueDes;
          break;
        case r'series':
          final valueDes = serializers.deserialize(
            value,
            specifiedType: const FullType(int),
          ) as int;
          result.series = valueDes;
          break;
        default:
          unhandled.add(key);
          unhandled.add(value);
          break;
      }
    }
  }

  @override
  AttemptView deserialize(
    Serializers serializers,
    Object serialized, {
    FullType specifiedType = FullType.unspecified,
  }) {
    final result = AttemptViewBuilder();
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


