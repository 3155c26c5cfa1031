//
// AUTO-GENERATED FILE, DO NOT MODIFY!
//

// ignore_for_file: unused_element
import 'package:built_collection/built_collection.dart';
import 'package:avatar_forge_client/src/model/job_summary.dart';
import 'package:built_value/built_value.dart';
import 'package:built_value/serializer.dart';

part 'job_page.g.dart';

/// JobPage
///
/// Properties:
/// * [jobs] 
/// * [nextCursor] 
@BuiltValue()
abstract class JobPage implements Built<JobPage, JobPageBuilder> {
  @BuiltValueField(wireName: r'jobs')
  BuiltList<JobSummary> get jobs;

  @BuiltValueField(wireName: r'next_cursor')
  String? get nextCursor;

  JobPage._();

  factory JobPage([void updates(JobPageBuilder b)]) = _$JobPage;

  @BuiltValueHook(initializeBuilder: true)
  static void _defaults(JobPageBuilder b) => b;

  @BuiltValueSerializer(custom: true)
  static Serializer<JobPage> get serializer => _$JobPageSerializer();
}

class _$JobPageSerializer implements PrimitiveSerializer<JobPage> {
  @override
  final Iterable<Type> types = const [JobPage, _$JobPage];

  @override
  final String wireName = r'JobPage';

  Iterable<Object?> _serializeProperties(
    Serializers serializers,
    JobPage object, {
    FullType specifiedType = FullType.unspecified,
  }) sync* {
    yield r'jobs';
    yield serializers.serialize(
      object.jobs,
      specifiedType: const FullType(BuiltList, [FullType(JobSummary)]),
    );
    if (object.nextCursor != null) {
      yield r'next_cursor';
      yield serializers.serialize(
        object.nextCursor,
        specifiedType: const FullType.nullable(String),
      );
    }
  }

  @override
  Object serialize(
    Serializers serializers,
    JobPage object, {
    FullType specifiedType = FullType.unspecified,
  }) {
    return _serializeProperties(serializers, object, specifiedType: specifiedType).toList();
  }

  void _deserializeProperties(
    Serializers serializers,
    Object serialized, {
    FullType specifiedType = FullType.unspecified,
    required List<Object?> serializedList,
    required JobPageBuilder result,
    required List<Object?> unhandled,
  }) {
    for (var i = 0; i < serializedList.length; i += 2) {
      final key = serializedList[i] as String;
      final value = serializedList[i + 1];
      switch (key) {
        case r'jobs':
          final valueDes = serializers.deserialize(
            value,
            specifiedType: const FullType(BuiltList, [FullType(JobSummary)]),
          ) as BuiltList<JobSummary>;
          result.jobs.replace(valueDes);
          break;
        case r'next_cursor':
          final valueDes = serializers.deserialize(
            value,
            specifiedType: const FullType.nullable(String),
          ) as String?;
          if (valueDes == null) continue;
          result.nextCursor = valueDes;
          break;
        default:
          unhandled.add(key);
          unhandled.add(value);
          break;
      }
    }
  }

  @override
  JobPage deserialize(
    Serializers serializers,
    Object serialized, {
    FullType specifiedType = FullType.unspecified,
  }) {
    final result = JobPageBuilder();
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


