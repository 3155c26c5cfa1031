//
// AUTO-GENERATED FILE, DO NOT MODIFY!
//

// ignore_for_file: unused_element
import 'package:built_value/built_value.dart';
import 'package:built_value/serializer.dart';

part 'row.g.dart';

/// Row
///
/// Properties:
/// * [averageDurationMs] 
/// * [cached] 
/// * [cost] 
/// * [failed] 
/// * [generations] 
/// * [key] 
/// * [succeeded] 
@BuiltValue()
abstract class Row implements Built<Row, RowBuilder> {
  @BuiltValueField(wireName: r'average_duration_ms')
  int? get averageDurationMs;

  @BuiltValueField(wireName: r'cached')
  int get cached;

  @BuiltValueField(wireName: r'cost')
  num get cost;

  @BuiltValueField(wireName: r'failed')
  int get failed;

  @BuiltValueField(wireName: r'generations')
  int get generations;

  @BuiltValueField(wireName: r'key')
  String get key;

  @BuiltValueField(wireName: r'succeeded')
  int get succeeded;

  Row._();

  factory Row([void updates(RowBuilder b)]) = _$Row;

  @BuiltValueHook(initializeBuilder: true)
  static void _defaults(RowBuilder b) => b;

  @BuiltValueSerializer(custom: true)
  static Serializer<Row> get serializer => _$RowSerializer();
}

class _$RowSerializer implements PrimitiveSerializer<Row> {
  @override
  final Iterable<Type> types = const [Row, _$Row];

  @override
  final String wireName = r'Row';

  Iterable<Object?> _serializeProperties(
    Serializers serializers,
    Row object, {
    FullType specifiedType = FullType.unspecified,
  }) sync* {
    if (object.averageDurationMs != null) {
      yield r'average_duration_ms';
      yield serializers.serialize(
        object.averageDurationMs,
        specifiedType: const FullType.nullable(int),
      );
    }
    yield r'cached';
    yield serializers.serialize(
      object.cached,
      specifiedType: const FullType(int),
    );
    yield r'cost';
    yield serializers.serialize(
      object.cost,
      specifiedType: const FullType(num),
    );
    yield r'failed';
    yield serializers.serialize(
      object.failed,
      specifiedType: const FullType(int),
    );
    yield r'generations';
    yield serializers.serialize(
      object.generations,
      specifiedType: const FullType(int),
    );
    yield r'key';
    yield serializers.serialize(
      object.key,
      specifiedType: const FullType(String),
    );
    yield r'succeeded';
    yield serializers.serialize(
      object.succeeded,
      specifiedType: const FullType(int),
    );
  }

  @override
  Object serialize(
    Serializers serializers,
    Row object, {
    FullType specifiedType = FullType.unspecified,
  }) {
    return _serializeProperties(serializers, object, specifiedType: specifiedType).toList();
  }

  void _deserializeProperties(
    Serializers serializers,
    Object serialized, {
    FullType specifiedType = FullType.unspecified,
    required List<Object?> serializedList,
    required RowBuilder result,
    required List<Object?> unhandled,
  }) {
    for (var i = 0; i < serializedList.length; i += 2) {
      final key = serializedList[i] as String;
      final value = serializedList[i + 1];
      switch (key) {
        case r'average_duration_ms':
          final valueDes = serializers.deserialize(
            value,
            specifiedType: const FullType.nullable(int),
          ) as int?;
          if (valueDes == null) continue;
          result.averageDurationMs = valueDes;
          break;
        case r'cached':
          final valueDes = serializers.deserialize(
            value,
            specifiedType: const FullType(int),
          ) as int;
          result.cached = valueDes;
          break;
        case r'cost':
          final valueDes = serializers.deserialize(
            value,
            specifiedType: const FullType(num),
          ) as num;
          result.cost = valueDes;
          break;
        case r'failed':
          final valueDes = serializers.deserialize(
            value,
            specifiedType: const FullType(int),
          ) as int;
          result.failed = valueDes;
          break;
        case r'generations':
          final valueDes = serializers.deserialize(
            value,
            specifiedType: const FullType(int),
          ) as int;
          result.generations = valueDes;
          break;
        case r'key':
          final valueDes = serializers.deserialize(
            value,
            specifiedType: const FullType(String),
          ) as String;
          result.key = valueDes;
          break;
        case r'succeeded':
          final valueDes = serializers.deserialize(
            value,
            specifiedType: const FullType(int),
          ) as int;
          result.succeeded = valueDes;
          break;
        default:
          unhandled.add(key);
          unhandled.add(value);
          break;
      }
    }
  }

  @override
  Row deserialize(
    Serializers serializers,
    Object serialized, {
    FullType specifiedType = FullType.unspecified,
  }) {
    final result = RowBuilder();
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


