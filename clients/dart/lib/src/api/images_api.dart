//
// AUTO-GENERATED FILE, DO NOT MODIFY!
//

import 'dart:async';

import 'package:built_value/json_object.dart';
import 'package:built_value/serializer.dart';
import 'package:dio/dio.dart';

import 'dart:typed_data';
import 'package:avatar_forge_client/src/api_util.dart';
import 'package:avatar_forge_client/src/model/problem400.dart';
import 'package:avatar_forge_client/src/model/problem401.dart';
import 'package:avatar_forge_client/src/model/problem403.dart';
import 'package:avatar_forge_client/src/model/problem404.dart';
import 'package:avatar_forge_client/src/model/problem410.dart';
import 'package:avatar_forge_client/src/model/problem500.dart';
import 'package:avatar_forge_client/src/model/problem503.dart';

class ImagesApi {

  final Dio _dio;

  final Serializers _serializers;

  const ImagesApi(this._dio, this._serializers);

  /// Download a generated avatar
  /// Use the &#x60;image_url&#x60; of a result or status as it is: its &#x60;expires&#x60; and &#x60;signature&#x60; are required, and a fresh one comes with every status read.
  ///
  /// Parameters:
  /// * [id] 
  /// * [expires] - Unix time the URL expires at
  /// * [signature] - The URL's signature
  /// * [cancelToken] - A [CancelToken] that can be used to cancel the operation
  /// * [headers] - Can be used to add additional headers to the request
  /// * [extras] - Can be used to add flags to the request
  /// * [validateStatus] - A [ValidateStatus] callback that can be used to determine request success based on the HTTP status of the response
  /// * [onSendProgress] - A [ProgressCallback] that can be used to get the send progress
  /// * [onReceiveProgress] - A [ProgressCallback] that can be used to get the receive progress
  ///
  /// Returns a [Future] containing a [Response] with a [Uint8List] as data
  /// Throws [DioException] if API call or serialization fails
  Future<Response<Uint8List>> image({ 
    required String id,
    required int expires,
    required String signature,
    CancelToken? cancelToken,
    Map<String, dynamic>? headers,
    Map<String, dynamic>? extra,
    ValidateStatus? validateStatus,
    ProgressCallback? onSendProgress,
    ProgressCallback? onReceiveProgress,
  }) async {
    final _path = r'/api/v1/avatar/images/{id}'.replaceAll('{' r'id' '}', encodeQueryParameter(_serializers, id, const FullType(String)).toString());
    final _options = Options(
      method: r'GET',
      responseType: ResponseType.bytes,
      headers: <String, dynamic>{
        ...?headers,
      },
      extra: <String, dynamic>{
        'secure': <Map<String, String>>[],
        ...?extra,
      },
      validateStatus: validateStatus,
    );

    final _queryParameters = <String, dynamic>{
      r'expires': encodeQueryParameter(_serializers, expires, const FullType(int)),
      r'signature': encodeQueryParameter(_serializers, signature, const FullType(String)),
    };

    final _response = await _dio.request<Object>(
      _path,
      options: _options,
      queryParameters: _queryParameters,
      cancelToken: cancelToken,
      onSendProgress: onSendProgress,
      onReceiveProgress: onReceiveProgress,
    );

    Uint8List? _responseData;

    try {
      final rawResponse = _response.data;
      _responseData = rawResponse == null ? null : rawResponse as Uint8List;

    } catch (error, stackTrace) {
      throw DioException(
        requestOptions: _response.requestOptions,
        response: _response,
        type: DioExceptionType.unknown,
        error: error,
        stackTrace: stackTrace,
      );
    }

    return Response<Uint8List>(
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
