//
// AUTO-GENERATED FILE, DO NOT MODIFY!
//

import 'dart:async';

import 'package:built_value/json_object.dart';
import 'package:built_value/serializer.dart';
import 'package:dio/dio.dart';

import 'package:avatar_forge_client/src/model/generate_avatar_request.dart';
import 'package:avatar_forge_client/src/model/generate_response.dart';
import 'package:avatar_forge_client/src/model/problem400.dart';
import 'package:avatar_forge_client/src/model/problem401.dart';
import 'package:avatar_forge_client/src/model/problem403.dart';
import 'package:avatar_forge_client/src/model/problem409.dart';
import 'package:avatar_forge_client/src/model/problem413.dart';
import 'package:avatar_forge_client/src/model/problem415.dart';
import 'package:avatar_forge_client/src/model/problem422.dart';
import 'package:avatar_forge_client/src/model/problem429.dart';
import 'package:avatar_forge_client/src/model/problem500.dart';
import 'package:avatar_forge_client/src/model/problem502.dart';
import 'package:avatar_forge_client/src/model/problem503.dart';

class GenerationApi {

  final Dio _dio;

  final Serializers _serializers;

  const GenerationApi(this._dio, this._serializers);

  /// Generate an avatar
  /// Asynchronous (&#x60;async: true&#x60;): 202 at once with the status URL in &#x60;Location&#x60; and &#x60;status_url&#x60;. Synchronous: waits up to &#x60;service_config.default_timeout_seconds&#x60;, then 200 with the result, the job&#39;s failure as a problem (its &#x60;code&#x60; is the job&#39;s &#x60;error_code&#x60;), or 202 exactly like an asynchronous request when the job is still running (it keeps going).
  ///
  /// Parameters:
  /// * [generateAvatarRequest] 
  /// * [idempotencyKey] - Makes the request safe to retry: a retry with the same key and body within 24 hours gets the first answer again (with Idempotent-Replayed: true) instead of a second job. Unique per request, 1 to 255 printable ASCII characters, scoped to the API key or user.
  /// * [cancelToken] - A [CancelToken] that can be used to cancel the operation
  /// * [headers] - Can be used to add additional headers to the request
  /// * [extras] - Can be used to add flags to the request
  /// * [validateStatus] - A [ValidateStatus] callback that can be used to determine request success based on the HTTP status of the response
  /// * [onSendProgress] - A [ProgressCallback] that can be used to get the send progress
  /// * [onReceiveProgress] - A [ProgressCallback] that can be used to get the receive progress
  ///
  /// Returns a [Future] containing a [Response] with a [GenerateResponse] as data
  /// Throws [DioException] if API call or serialization fails
  Future<Response<GenerateResponse>> generate({ 
    required GenerateAvatarRequest generateAvatarRequest,
    String? idempotencyKey,
    CancelToken? cancelToken,
    Map<String, dynamic>? headers,
    Map<String, dynamic>? extra,
    ValidateStatus? validateStatus,
    ProgressCallback? onSendProgress,
    ProgressCallback? onReceiveProgress,
  }) async {
    final _path = r'/api/v1/avatar/generate';
    final _options = Options(
      method: r'POST',
      headers: <String, dynamic>{
        if (idempotencyKey != null) r'Idempotency-Key': idempotencyKey,
        ...?headers,
      },
      extra: <String, dynamic>{
        'secure': <Map<String, String>>[
          {
            'type': 'http',
            'scheme': 'bearer',
            'name': 'firebase_id_token',
          },{
            'type': 'http',
            'scheme': 'bearer',
            'name': 'api_key',
          },
        ],
        ...?extra,
      },
      contentType: 'application/json',
      validateStatus: validateStatus,
    );

    dynamic _bodyData;

    try {
      const _type = FullType(GenerateAvatarRequest);
      _bodyData = _serializers.serialize(generateAvatarRequest, specifiedType: _type);

    } catch(error, stackTrace) {
      throw DioException(
         requestOptions: _options.compose(
          _dio.options,
          _path,
        ),
        type: DioExceptionType.unknown,
        error: error,
        stackTrace: stackTrace,
      );
    }

    final _response = await _dio.request<Object>(
      _path,
      data: _bodyData,
      options: _options,
      cancelToken: cancelToken,
      onSendProgress: onSendProgress,
      onReceiveProgress: onReceiveProgress,
    );

    GenerateResponse? _responseData;

    try {
      final rawResponse = _response.data;
      _responseData = rawResponse == null ? null : _serializers.deserialize(
        rawResponse,
        specifiedType: const FullType(GenerateResponse),
      ) as GenerateResponse;

    } catch (error, stackTrace) {
      throw DioException(
        requestOptions: _response.requestOptions,
        response: _response,
        type: DioExceptionType.unknown,
        error: error,
        stackTrace: stackTrace,
      );
    }

    return Response<GenerateResponse>(
      data: _responseData,
      headers: _response.headers,
      isRedirect: _response.isRedirect,
      requestOptions: _response.requestOptions,
      redirects: _response.redirects,
      statusCode: _response.statusCode,
      statusMessage: _response.statusMessage,
      extra: _response.extra,
    );
  }

}
