//
// AUTO-GENERATED FILE, DO NOT MODIFY!
//

// ignore_for_file: unused_element
import 'package:built_collection/built_collection.dart';
import 'package:built_value/built_value.dart';
import 'package:built_value/serializer.dart';

part 'accepted_response.g.dart';

/// AcceptedResponse
///
/// Properties:
/// * [estimatedCompletionSeconds] 
/// * [jobId] 
/// * [status] 
/// * [statusUrl] 
@BuiltValue()
abstract class AcceptedResponse implements Built<AcceptedResponse, AcceptedResponseBuilder> {
  @BuiltValueField(wireName: r'estimated_completion_seconds')
  int get estimatedCompletionSeconds;

  @BuiltValueField(wireName: r'job_id')
  String get jobId;

  @BuiltValueField(wireName: r'status')
  AcceptedResponseStatusEnum get status;
  // enum statusEnum {  accepted,  };

  @BuiltValueField(wireName: r'status_url')
  String get statusUrl;

  AcceptedResponse._();

  factory AcceptedResponse([void updates(AcceptedResponseBuilder b)]) = _$AcceptedResponse;

  @BuiltValueHook(initializeBuilder: true)
  static void _defaults(AcceptedResponseBuilder b) => b;

  @BuiltValueSerializer(custom: true)
  static Serializer<AcceptedResponse> get serializer => _$AcceptedResponseSerializer();
}

class _$AcceptedResponseSerializer implements PrimitiveSerializer<AcceptedResponse> {
  @override
  final Iterable<Type> types = const [AcceptedResponse, _$AcceptedResponse];

  @override
  final String wireName = r'AcceptedResponse';

  Iterable<Object?> _serializeProperties(
    Serializers serializers,
    AcceptedResponse object, {
    FullType specifiedType = FullType.unspecified,
  }) sync* {
    yield r'estimated_completion_seconds';
    yield serializers.serialize(
      object.estimatedCompletionSeconds,
      specifiedType: const FullType(int),
    );
    yield r'job_id';
    yield serializers.serialize(
      object.jobId,
      specifiedType: const FullType(String),
    );
    yield r'status';
    yield serializers.serialize(
      object.status,
      specifiedType: const FullType(AcceptedResponseStatusEnum),
    );
    yield r'status_url';
    yield serializers.serialize(
      object.statusUrl,
      specifiedType: const FullType(String),
    );
  }

  @override
  Object serialize(
    Serializers serializers,
    AcceptedResponse object, {
    FullType specifiedType = FullType.unspecified,
  }) {
    return _serializeProperties(serializers, object, specifiedType: specifiedType).toList();
  }

  void _deserializeProperties(
    Serializers serializers,
    Object serialized, {
    FullType specifiedType = FullType.unspecified,
    required List<Object?> serializedList,
    required AcceptedResponseBuilder result,
    required List<Object?> unhandled,
  }) {
    for (var i = 0; i < serializedList.length; i += 2) {
      final key = serializedList[i] as String;
      final value = serializedList[i + 1];
      switch (key) {
        case r'estimated_completion_seconds':
          final valueDes = serializers.deserialize(
            value,
            specifiedType: const FullType(int),
          ) as int;
          result.estimatedCompletionSeconds = valueDes;
          break;
        case r'job_id':
          final valueDes = serializers.deserialize(
            value,
            specifiedType: const FullType(String),
          ) as String;
          result.jobId = valueDes;
          break;
        case r'status':
          final valueDes = serializers.deserialize(
            value,
            specifiedType: const FullType(AcceptedResponseStatusEnum),
          ) as AcceptedResponseStatusEnum;
          result.status = valueDes;
          break;
        case r'status_url':
          final valueDes = serializers.deserialize(
            value,
            specifiedType: const FullType(String),
          ) as String;
          result.statusUrl = valueDes;
          break;
        default:
          unhandled.add(key);
          unhandled.add(value);
          break;
      }
    }
  }

  @override
  AcceptedResponse deserialize(
    Serializers serializers,
    Object serialized, {
    FullType specifiedType = FullType.unspecified,
  }) {
    final result = AcceptedResponseBuilder();
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


class AcceptedResponseStatusEnum extends EnumClass {

  @BuiltValueEnumConst(wireName: r'accepted')
  static const AcceptedResponseStatusEnum accepted = _$acceptedResponseStatusEnum_accepted;

  static Serializer<AcceptedResponseStatusEnum> get serializer => _$acceptedResponseStatusEnumSerializer;

  const AcceptedResponseStatusEnum._(String name): super(name);

  static BuiltSet<AcceptedResponseStatusEnum> get values => _$acceptedResponseStatusEnumValues;
  static AcceptedResponseStatusEnum valueOf(String name) => _$acceptedResponseStatusEnumValueOf(name);
}

