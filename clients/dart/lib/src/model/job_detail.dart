//
// AUTO-GENERATED FILE, DO NOT MODIFY!
//

// ignore_for_file: unused_element
import 'package:avatar_forge_client/src/model/timeline_entry.dart';
import 'package:built_collection/built_collection.dart';
import 'package:avatar_forge_client/src/model/job_summary.dart';
import 'package:avatar_forge_client/src/model/job_status_response.dart';
import 'package:built_value/built_value.dart';
import 'package:built_value/serializer.dart';

part 'job_detail.g.dart';

/// JobDetail
///
/// Properties:
/// * [attempts] 
/// * [inputExpired] 
/// * [job] 
/// * [prompt] 
/// * [retriedBy] 
/// * [status] 
/// * [timeline] 
@BuiltValue()
abstract class JobDetail implements Built<JobDetail, JobDetailBuilder> {
  @BuiltValueField(wireName: r'attempts')
  int get attempts;

  @BuiltValueField(wireName: r'input_expired')
  bool get inputExpired;

  @BuiltValueField(wireName: r'job')
  JobSummary get job;

  @BuiltValueField(wireName: r'prompt')
  String get prompt;

  @BuiltValueField(wireName: r'retried_by')
  BuiltList<String> get retriedBy;

  @BuiltValueField(wireName: r'status')
  JobStatusResponse get status;

  @BuiltValueField(wireName: r'timeline')
  BuiltList<TimelineEntry> get timeline;

  JobDetail._();

  factory JobDetail([void updates(JobDetailBuilder b)]) = _$JobDetail;

  @BuiltValueHook(initializeBuilder: true)
  static void _defaults(JobDetailBuilder b) => b;

  @BuiltValueSerializer(custom: true)
  static Serializer<JobDetail> get serializer => _$JobDetailSerializer();
}

class _$JobDetailSerializer implements PrimitiveSerializer<JobDetail> {
  @override
  final Iterable<Type> types = const [JobDetail, _$JobDetail];

  @override
  final String wireName = r'JobDetail';

  Iterable<Object?> _serializeProperties(
    Serializers serializers,
    JobDetail object, {
    FullType specifiedType = FullType.unspecified,
  }) sync* {
    yield r'attempts';
    yield serializers.serialize(
      object.attempts,
      specifiedType: const FullType(int),
    );
    yield r'input_expired';
    yield serializers.serialize(
      object.inputExpired,
      specifiedType: const FullType(bool),
    );
    yield r'job';
    yield serializers.serialize(
      object.job,
      specifiedType: const FullType(JobSummary),
    );
    yield r'prompt';
    yield serializers.serialize(
      object.prompt,
      specifiedType: const FullType(String),
    );
    yield r'retried_by';
    yield serializers.serialize(
      object.retriedBy,
      specifiedType: const FullType(BuiltList, [FullType(String)]),
    );
    yield r'status';
    yield serializers.serialize(
      object.status,
      specifiedType: const FullType(JobStatusResponse),
    );
    yield r'timeline';
    yield serializers.serialize(
      object.timeline,
      specifiedType: const FullType(BuiltList, [FullType(TimelineEntry)]),
    );
  }

  @override
  Object serialize(
    Serializers serializers,
    JobDetail object, {
    FullType specifiedType = FullType.unspecified,
  }) {
    return _serializeProperties(serializers, object, specifiedType: specifiedType).toList();
  }

  void _deserializeProperties(
    Serializers serializers,
    Object serialized, {
    FullType specifiedType = FullType.unspecified,
    required List<Object?> serializedList,
    required JobDetailBuilder result,
    required List<Object?> unhandled,
  }) {
    for (var i = 0; i < serializedList.length; i += 2) {
      final key = serializedList[i] as String;
      final value = serializedList[i + 1];
      switch (key) {
        case r'attempts':
          final valueDes = serializers.deserialize(
            value,
            specifiedType: const FullType(int),
          ) as int;
          result.attempts = valueDes;
          break;
        case r'input_expired':
          final valueDes = serializers.deserialize(
            value,
            specifiedType: const FullType(bool),
          ) as bool;
          result.inputExpired = valueDes;
          break;
        case r'job':
          final valueDes = serializers.deserialize(
            value,
            specifiedType: const FullType(JobSummary),
          ) as JobSummary;
          result.job.replace(valueDes);
          break;
        case r'prompt':
          final valueDes = serializers.deserialize(
            value,
            specifiedType: const FullType(String),
          ) as String;
          result.prompt = valueDes;
          break;
        case r'retried_by':
          final valueDes = serializers.deserialize(
            value,
            specifiedType: const FullType(BuiltList, [FullType(String)]),
          ) as BuiltList<String>;
          result.retriedBy.replace(valueDes);
          break;
        case r'status':
          final valueDes = serializers.deserialize(
            value,
            specifiedType: const FullType(JobStatusResponse),
          ) as JobStatusResponse;
          result.status.replace(valueDes);
          break;
        case r'timeline':
          final valueDes = serializers.deserialize(
            value,
            specifiedType: const FullType(BuiltList, [FullType(TimelineEntry)]),
          ) as BuiltList<TimelineEntry>;
          result.timeline.replace(valueDes);
          break;
        default:
          unhandled.add(key);
          unhandled.add(value);
          break;
      }
    }
  }

  @override
  JobDetail deserialize(
    Serializers serializers,
    Object serialized, {
    FullType specifiedType = FullType.unspecified,
  }) {
    final result = JobDetailBuilder();
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


