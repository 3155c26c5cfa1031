//
// AUTO-GENERATED FILE, DO NOT MODIFY!
//

// ignore_for_file: unused_element
import 'package:built_collection/built_collection.dart';
import 'package:built_value/built_value.dart';
import 'package:built_value/serializer.dart';

part 'create_key_request.g.dart';

/// CreateKeyRequest
///
/// Properties:
/// * [name] 
/// * [scopes] 
/// * [userId] 
@BuiltValue()
abstract class CreateKeyRequest implements Built<CreateKeyRequest, CreateKeyRequestBuilder> {
  @BuiltValueField(wireName: r'name')
  String get name;

  @BuiltValueField(wireName: r'scopes')
  BuiltList<CreateKeyRequestScopesEnum> get scopes;
  // enum scopesEnum {  admin,  generate,  trusted_server,  };

  @BuiltValueField(wireName: r'user_id')
  String? get userId;

  CreateKeyRequest._();

  factory CreateKeyRequest([void updates(CreateKeyRequestBuilder b)]) = _$CreateKeyRequest;

  @BuiltValueHook(initializeBuilder: true)
  static void _defaults(CreateKeyRequestBuilder b) => b;

  @BuiltValueSerializer(custom: true)
  static Serializer<CreateKeyRequest> get serializer => _$CreateKeyRequestSerializer();
}

class _$CreateKeyRequestSerializer implements PrimitiveSerializer<CreateKeyRequest> {
  @override
  final Iterable<Type> types = const [CreateKeyRequest, _$CreateKeyRequest];

  @override
  final String wireName = r'CreateKeyRequest';

  Iterable<Object?> _serializeProperties(
    Serializers serializers,
    CreateKeyRequest object, {
    FullType specifiedType = FullType.unspecified,
  }) sync* {
    yield r'name';
    yield serializers.serialize(
      object.name,
      specifiedType: const FullType(String),
    );
    yield r'scopes';
    yield serializers.serialize(
      object.scopes,
      specifiedType: const FullType(BuiltList, [FullType(CreateKeyRequestScopesEnum)]),
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
    CreateKeyRequest object, {
    FullType specifiedType = FullType.unspecified,
  }) {
    return _serializeProperties(serializers, object, specifiedType: specifiedType).toList();
  }

  void _deserializeProperties(
    Serializers serializers,
    Object serialized, {
    FullType specifiedType = FullType.unspecified,
    required List<Object?> serializedList,
    required CreateKeyRequestBuilder result,
    required List<Object?> unhandled,
  }) {
    for (var i = 0; i < serializedList.length; i += 2) {
      final key = serializedList[i] as String;
      final value = serializedList[i + 1];
      switch (key) {
        case r'name':
          final valueDes = serializers.deserialize(
            value,
            specifiedType: const FullType(String),
          ) as String;
          result.name = valueDes;
          break;
        case r'scopes':
          final valueDes = serializers.deserialize(
            value,
            specifiedType: const FullType(BuiltList, [FullType(CreateKeyRequestScopesEnum)]),
          ) as BuiltList<CreateKeyRequestScopesEnum>;
          result.scopes.replace(valueDes);
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
  CreateKeyRequest deserialize(
    Serializers serializers,
    Object serialized, {
    FullType specifiedType = FullType.unspecified,
  }) {
    final result = CreateKeyRequestBuilder();
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


class CreateKeyRequestScopesEnum extends EnumClass {

  @BuiltValueEnumConst(wireName: r'admin')
  static const CreateKeyRequestScopesEnum admin = _$createKeyRequestScopesEnum_admin;
  @BuiltValueEnumConst(wireName: r'generate')
  static const CreateKeyRequestScopesEnum generate = _$createKeyRequestScopesEnum_generate;
  @BuiltValueEnumConst(wireName: r'trusted_server')
  static const CreateKeyRequestScopesEnum trustedServer = _$createKeyRequestScopesEnum_trustedServer;

  static Serializer<CreateKeyRequestScopesEnum> get serializer => _$createKeyRequestScopesEnumSerializer;

  const CreateKeyRequestScopesEnum._(String name): super(name);

  static BuiltSet<CreateKeyRequestScopesEnum> get values => _$createKeyRequestScopesEnumValues;
  static CreateKeyRequestScopesEnum valueOf(String name) => _$createKeyRequestScopesEnumValueOf(name);
}

