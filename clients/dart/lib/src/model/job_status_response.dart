//
// AUTO-GENERATED FILE, DO NOT MODIFY!
//

// ignore_for_file: unused_element
import 'package:built_collection/built_collection.dart';
import 'package:avatar_forge_client/src/model/metadata.dart';
import 'package:built_value/built_value.dart';
import 'package:built_value/serializer.dart';

part 'job_status_response.g.dart';

/// JobStatusResponse
///
/// Properties:
/// * [avatarId] 
/// * [completedAt] 
/// * [cost] 
/// * [createdAt] 
/// * [errorCode] 
/// * [errorMessage] 
/// * [estimatedCompletionSeconds] 
/// * [imageExpired] 
/// * [imageUrl] 
/// * [metadata] 
/// * [model] 
/// * [progressPercent] 
/// * [provider] 
/// * [queuePosition] 
/// * [retryAt] 
/// * [status] 
/// * [waitReason] 
@BuiltValue()
abstract class JobStatusResponse implements Built<JobStatusResponse, JobStatusResponseBuilder> {
  @BuiltValueField(wireName: r'avatar_id')
  String get avatarId;

  @BuiltValueField(wireName: r'completed_at')
  DateTime? get completedAt;

  @BuiltValueField(wireName: r'cost')
  num? get cost;

  @BuiltValueField(wireName: r'created_at')
  DateTime get createdAt;

  @BuiltValueField(wireName: r'error_code')
  String? get errorCode;

  @BuiltValueField(wireName: r'error_message')
  String? get errorMessage;

  @BuiltValueField(wireName: r'estimated_completion_seconds')
  int? get estimatedCompletionSeconds;

  @BuiltValueField(wireName: r'image_expired')
  bool get imageExpired;

  @BuiltValueField(wireName: r'image_url')
  String? get imageUrl;

  @BuiltValueField(wireName: r'metadata')
  Metadata get metadata;

  @BuiltValueField(wireName: r'model')
  String? get model;

  @BuiltValueField(wireName: r'progress_percent')
  int get progressPercent;

  @BuiltValueField(wireName: r'provider')
  String? get provider;

  @BuiltValueField(wireName: r'queue_position')
  int? get queuePosition;

  @BuiltValueField(wireName: r'retry_at')
  DateTime? get retryAt;

  @BuiltValueField(wireName: r'status')
  JobStatusResponseStatusEnum get status;
  // enum statusEnum {  queued,  processing,  completed,  failed,  canceled,  };

  @BuiltValueField(wireName: r'wait_reason')
  String? get waitReason;

  JobStatusResponse._();

  factory JobStatusResponse([void updates(JobStatusResponseBuilder b)]) = _$JobStatusResponse;

  @BuiltValueHook(initializeBuilder: true)
  static void _defaults(JobStatusResponseBuilder b) => b;

  @BuiltValueSerializer(custom: true)
  static Serializer<JobStatusResponse> get serializer => _$JobStatusResponseSerializer();
}

class _$JobStatusResponseSerializer implements PrimitiveSerializer<JobStatusResponse> {
  @override
  final Iterable<Type> types = const [JobStatusResponse, _$JobStatusResponse];

  @override
  final String wireName = r'JobStatusResponse';

  Iterable<Object?> _serializeProperties(
    Serializers serializers,
    JobStatusResponse object, {
    FullType specifiedType = FullType.unspecified,
  }) sync* {
    yield r'avatar_id';
    yield serializers.serialize(
      object.avatarId,
      specifiedType: const FullType(String),
    );
    if (object.completedAt != null) {
      yield r'completed_at';
      yield serializers.serialize(
        object.completedAt,
        specifiedType: const FullType.nullable(DateTime),
      );
    }
    if (object.cost != null) {
      yield r'cost';
      yield serializers.serialize(
        object.cost,
        specifiedType: const FullType.nullable(num),
      );
    }
    yield r'created_at';
    yield serializers.serialize(
      object.createdAt,
      specifiedType: const FullType(DateTime),
    );
    if (object.errorCode != null) {
      yield r'error_code';
      yield serializers.serialize(
        object.errorCode,
        specifiedType: const FullType.nullable(String),
      );
    }
    if (object.errorMessage != null) {
      yield r'error_message';
      yield serializers.serialize(
        object.errorMessage,
        specifiedType: const FullType.nullable(String),
      );
    }
    if (object.estimatedCompletionSeconds != null) {
      yield r'estimated_completion_seconds';
      yield serializers.serialize(
        object.estimatedCompletionSeconds,
        specifiedType: const FullType.nullable(int),
      );
    }
    yield r'image_expired';
    yield serializers.serialize(
      object.imageExpired,
      specifiedType: const FullType(bool),
    );
    if (object.imageUrl != null) {
      yield r'image_url';
      yield serializers.serialize(
        object.imageUrl,
        specifiedType: const FullType.nullable(String),
      );
    }
    yield r'metadata';
    yield serializers.serialize(
      object.metadata,
      specifiedType: const FullType(Metadata),
    );
    if (object.model != null) {
      yield r'model';
      yield serializers.serialize(
        object.model,
        specifiedType: const FullType.nullable(String),
      );
    }
    yield r'progress_percent';
    yield serializers.serialize(
      object.progressPercent,
      specifiedType: const FullType(int),
    );
    if (object.provider != null) {
      yield r'provider';
      yield serializers.serialize(
        object.provider,
        specifiedType: const FullType.nullable(String),
      );
    }
    if (object.queuePosition != null) {
      yield r'queue_position';
      yield serializers.serialize(
        object.queuePosition,
        specifiedType: const FullType.nullable(int),
      );
    }
    if (object.retryAt != null) {
      yield r'retry_at';
      yield serializers.serialize(
        object.retryAt,
        specifiedType: const FullType.nullable(DateTime),
      );
    }
    yield r'status';
    yield serializers.serialize(
      object.status,
      specifiedType: const FullType(JobStatusResponseStatusEnum),
    );
    if (object.waitReason != null) {
      yield r'wait_reason';
      yield serializers.serialize(
        object.waitReason,
        specifiedType: const FullType.nullable(String),
      );
    }
  }

  @override
  Object serialize(
    Serializers serializers,
    JobStatusResponse object, {
    FullType specifiedType = FullType.unspecified,
  }) {
    return _serializeProperties(serializers, object, specifiedType: specifiedType).toList();
  }

  void _deserializeProperties(
    Serializers serializers,
    Object serialized, {
    FullType specifiedType = FullType.unspecified,
    required List<Object?> serializedList,
    required JobStatusResponseBuilder result,
    required List<Object?> unhandled,
  }) {
    for (var i = 0; i < serializedList.length; i += 2) {
      final key = serializedList[i] as String;
      final value = serializedList[i + 1];
      switch (key) {
        case r'avatar_id':
          final valueDes = serializers.deserialize(
            value,
            specifiedType: const FullType(String),
          ) as String;
          result.avatarId = valueDes;
          break;
        case r'completed_at':
          final valueDes = serializers.deserialize(
            value,
            specifiedType: const FullType.nullable(DateTime),
          ) as DateTime?;
          if (valueDes == null) continue;
          result.completedAt = valueDes;
          break;
        case r'cost':
          final valueDes = serializers.deserialize(
            value,
            specifiedType: const FullType.nullable(num),
          ) as num?;
          if (valueDes == null) continue;
          result.cost = valueDes;
          break;
        case r'created_at':
          final valueDes = serializers.deserialize(
            value,
            specifiedType: const FullType(DateTime),
          ) as DateTime;
          result.createdAt = valueDes;
          break;
        case r'error_code':
          final valueDes = serializers.deserialize(
            value,
            specifiedType: const FullType.nullable(String),
          ) as String?;
          if (valueDes == null) continue;
          result.errorCode = valueDes;
          break;
        case r'error_message':
          final valueDes = serializers.deserialize(
            value,
            specifiedType: const FullType.nullable(String),
          ) as String?;
          if (valueDes == null) continue;
          result.errorMessage = valueDes;
          break;
        case r'estimated_completion_seconds':
          final valueDes = serializers.deserialize(
            value,
            specifiedType: const FullType.nullable(int),
          ) as int?;
          if (valueDes == null) continue;
          result.estimatedCompletionSeconds = valueDes;
          break;
        case r'image_expired':
          final valueDes = serializers.deserialize(
            value,
            specifiedType: const FullType(bool),
          ) as bool;
          result.imageExpired = valueDes;
          break;
        case r'image_url':
          final valueDes = serializers.deserialize(
            value,
            specifiedType: const FullType.nullable(String),
          ) as String?;
          if (valueDes == null) continue;
          result.imageUrl = valueDes;
          break;
        case r'metadata':
          final valueDes = serializers.deserialize(
            value,
            specifiedType: const FullType(Metadata),
          ) as Metadata;
          result.metadata.replace(valueDes);
          break;
        case r'model':
          final valueDes = serializers.deserialize(
            value,
            specifiedType: const FullType.nullable(String),
          ) as String?;
          if (valueDes == null) continue;
          result.model = valueDes;
          break;
        case r'progress_percent':
          final valueDes = serializers.deserialize(
            value,
            specifiedType: const FullType(int),
          ) as int;
          result.progressPercent = valueDes;
          break;
        case r'provider':
          final valueDes = serializers.deserialize(
            value,
            specifiedType: const FullType.nullable(String),
          ) as String?;
          if (valueDes == null) continue;
          result.provider = valueDes;
          break;
        case r'queue_position':
          final valueDes = serializers.deserialize(
            value,
            specifiedType: const FullType.nullable(int),
          ) as int?;
          if (valueDes == null) continue;
          result.queuePosition = valueDes;
          break;
        case r'retry_at':
          final valueDes = serializers.deserialize(
            value,
            specifiedType: const FullType.nullable(DateTime),
          ) as DateTime?;
          if (valueDes == null) continue;
          result.retryAt = valueDes;
          break;
        case r'status':
          final valueDes = serializers.deserialize(
            value,
            specifiedType: const FullType(JobStatusResponseStatusEnum),
          ) as JobStatusResponseStatusEnum;
          result.status = valueDes;
          break;
        case r'wait_reason':
          final valueDes = serializers.deserialize(
            value,
            specifiedType: const FullType.nullable(String),
          ) as String?;
          if (valueDes == null) continue;
          result.waitReason = valueDes;
          break;
        default:
          unhandled.add(key);
          unhandled.add(value);
          break;
      }
    }
  }

  @override
  JobStatusResponse deserialize(
    Serializers serializers,
    Object serialized, {
    FullType specifiedType = FullType.unspecified,
  }) {
    final result = JobStatusResponseBuilder();
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


class JobStatusResponseStatusEnum extends EnumClass {

  @BuiltValueEnumConst(wireName: r'queued')
  static const JobStatusResponseStatusEnum queued = _$jobStatusResponseStatusEnum_queued;
  @BuiltValueEnumConst(wireName: r'processing')
  static const JobStatusResponseStatusEnum processing = _$jobStatusResponseStatusEnum_processing;
  @BuiltValueEnumConst(wireName: r'completed')
  static const JobStatusResponseStatusEnum completed = _$jobStatusResponseStatusEnum_completed;
  @BuiltValueEnumConst(wireName: r'failed')
  static const JobStatusResponseStatusEnum failed = _$jobStatusResponseStatusEnum_failed;
  @BuiltValueEnumConst(wireName: r'canceled')
  static const JobStatusResponseStatusEnum canceled = _$jobStatusResponseStatusEnum_canceled;

  static Serializer<JobStatusResponseStatusEnum> get serializer => _$jobStatusResponseStatusEnumSerializer;

  const JobStatusResponseStatusEnum._(String name): super(name);

  static BuiltSet<JobStatusResponseStatusEnum> get values => _$jobStatusResponseStatusEnumValues;
  static JobStatusResponseStatusEnum valueOf(String name) => _$jobStatusResponseStatusEnumValueOf(name);
}

