//
// AUTO-GENERATED FILE, DO NOT MODIFY!
//

// ignore_for_file: unused_element
import 'package:avatar_forge_client/src/model/date.dart';
import 'package:built_collection/built_collection.dart';
import 'package:avatar_forge_client/src/model/row.dart';
import 'package:built_value/built_value.dart';
import 'package:built_value/serializer.dart';

part 'usage_report.g.dart';

/// UsageReport
///
/// Properties:
/// * [budget] 
/// * [byDay] 
/// * [byStyle] 
/// * [byUser] 
/// * [cached] 
/// * [failed] 
/// * [from] 
/// * [generations] 
/// * [succeeded] 
/// * [to] 
/// * [totalCost] 
/// * [userId] 
@BuiltValue()
abstract class UsageReport implements Built<UsageReport, UsageReportBuilder> {
  @BuiltValueField(wireName: r'budget')
  num? get budget;

  @BuiltValueField(wireName: r'by_day')
  BuiltList<Row> get byDay;

  @BuiltValueField(wireName: r'by_style')
  BuiltList<Row> get byStyle;

  @BuiltValueField(wireName: r'by_user')
  BuiltList<Row> get byUser;

  @BuiltValueField(wireName: r'cached')
  int get cached;

  @BuiltValueField(wireName: r'failed')
  int get failed;

  @BuiltValueField(wireName: r'from')
  Date get from;

  @BuiltValueField(wireName: r'generations')
  int get generations;

  @BuiltValueField(wireName: r'succeeded')
  int get succeeded;

  @BuiltValueField(wireName: r'to')
  Date get to;

  @BuiltValueField(wireName: r'total_cost')
  num get totalCost;

  @BuiltValueField(wireName: r'user_id')
  String? get userId;

  UsageReport._();

  factory UsageReport([void updates(UsageReportBuilder b)]) = _$UsageReport;

  @BuiltValueHook(initializeBuilder: true)
  static void _defaults(UsageReportBuilder b) => b;

  @BuiltValueSerializer(custom: true)
  static Serializer<UsageReport> get serializer => _$UsageReportSerializer();
}

class _$UsageReportSerializer implements PrimitiveSerializer<UsageReport> {
  @override
  final Iterable<Type> types = const [UsageReport, _$UsageReport];

  @override
  final String wireName = r'UsageReport';

  Iterable<Object?> _serializeProperties(
    Serializers serializers,
    UsageReport object, {
    FullType specifiedType = FullType.unspecified,
  }) sync* {
    if (object.budget != null) {
      yield r'budget';
      yield serializers.serialize(
        object.budget,
        specifiedType: const FullType.nullable(num),
      );
    }
    yield r'by_day';
    yield serializers.serialize(
      object.byDay,
      specifiedType: const FullType(BuiltList, [FullType(Row)]),
    );
    yield r'by_style';
    yield serializers.serialize(
      object.byStyle,
      specifiedType: const FullType(BuiltList, [FullType(Row)]),
    );
    yield r'by_user';
    yield serializers.serialize(
      object.byUser,
      specifiedType: const FullType(BuiltList, [FullType(Row)]),
    );
    yield r'cached';
    yield serializers.serialize(
      object.cached,
      specifiedType: const FullType(int),
    );
    yield r'failed';
    yield serializers.serialize(
      object.failed,
      specifiedType: const FullType(int),
    );
    yield r'from';
    yield serializers.serialize(
      object.from,
      specifiedType: const FullType(Date),
    );
    yield r'generations';
    yield serializers.serialize(
      object.generations,
      specifiedType: const FullType(int),
    );
    yield r'succeeded';
    yield serializers.serialize(
      object.succeeded,
      specifiedType: const FullType(int),
    );
    yield r'to';
    yield serializers.serialize(
      object.to,
      specifiedType: const FullType(Date),
    );
    yield r'total_cost';
    yield serializers.serialize(
      object.totalCost,
      specifiedType: const FullType(num),
    );
    if (object.userId != null) {
      yield r'user_id';
      yield serializers.serialize(
        object.userId,
        specifiedType: const FullType.nullable(String),
      );
    }
  }

  @override
  Object serialize(
    Serializers serializers,
    UsageReport object, {
    FullType specifiedType = FullType.unspecified,
  }) {
    return _serializeProperties(serializers, object, specifiedType: specifiedType).toList();
  }

  void _deserializeProperties(
    Serializers serializers,
    Object serialized, {
    FullType specifiedType = FullType.unspecified,
    required List<Object?> serializedList,
    required UsageReportBuilder result,
    required List<Object?> unhandled,
  }) {
    for (var i = 0; i < serializedList.length; i += 2) {
      final key = serializedList[i] as String;
      final value = serializedList[i + 1];
      switch (key) {
        case r'budget':
          final valueDes = serializers.deserialize(
            value,
            specifiedType: const FullType.nullable(num),
          ) as num?;
          if (valueDes == null) continue;
          result.budget = valueDes;
          break;
        case r'by_day':
          final valueDes = serializers.deserialize(
            value,
            specifiedType: const FullType(BuiltList, [FullType(Row)]),
          ) as BuiltList<Row>;
          result.byDay.replace(valueDes);
          break;
        case r'by_style':
          final valueDes = serializers.deserialize(
            value,
            specifiedType: const FullType(BuiltList, [FullType(Row)]),
          ) as BuiltList<Row>;
          result.byStyle.replace(valueDes);
          break;
        case r'by_user':
          final valueDes = serializers.deserialize(
            value,
            specifiedType: const FullType(BuiltList, [FullType(Row)]),
          ) as BuiltList<Row>;
          result.byUser.replace(valueDes);
          break;
        case r'cached':
          final valueDes = serializers.deserialize(
            value,
            specifiedType: const FullType(int),
          ) as int;
          result.cached = valueDes;
          break;
        case r'failed':
          final valueDes = serializers.deserialize(
            value,
            specifiedType: const FullType(int),
          ) as int;
          result.failed = valueDes;
          break;
        case r'from':
          final valueDes = serializers.deserialize(
            value,
            specifiedType: const FullType(Date),
          ) as Date;
          result.from = valueDes;
          break;
        case r'generations':
          final valueDes = serializers.deserialize(
            value,
            specifiedType: const FullType(int),
          ) as int;
          result.generations = valueDes;
          break;
        case r'succeeded':
          final valueDes = serializers.deserialize(
            value,
            specifiedType: const FullType(int),
          ) as int;
          result.succeeded = valueDes;
          break;
        case r'to':
          final valueDes = serializers.deserialize(
            value,
            specifiedType: const FullType(Date),
          ) as Date;
          result.to = valueDes;
          break;
        case r'total_cost':
          final valueDes = serializers.deserialize(
            value,
            specifiedType: const FullType(num),
          ) as num;
          result.totalCost = valueDes;
          break;
        case r'user_id':
          final valueDes = serializers.deserialize(
            value,
            specifiedType: const FullType.nullable(String),
          ) as String?;
          if (valueDes == null) continue;
          result.userId = valueDes;
          break;
        default:
          unhandled.add(key);
          unhandled.add(value);
          break;
      }
    }
  }

  @override
  UsageReport deserialize(
    Serializers serializers,
    Object serialized, {
    FullType specifiedType = FullType.unspecified,
  }) {
    final result = UsageReportBuilder();
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


