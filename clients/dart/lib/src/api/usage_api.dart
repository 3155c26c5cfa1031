//
// AUTO-GENERATED FILE, DO NOT MODIFY!
//

import 'dart:async';

import 'package:built_value/json_object.dart';
import 'package:built_value/serializer.dart';
import 'package:dio/dio.dart';

import 'package:avatar_forge_client/src/api_util.dart';
import 'package:avatar_forge_client/src/model/date.dart';
import 'package:avatar_forge_client/src/model/problem400.dart';
import 'package:avatar_forge_client/src/model/problem401.dart';
import 'package:avatar_forge_client/src/model/problem403.dart';
import 'package:avatar_forge_client/src/model/problem500.dart';
import 'package:avatar_forge_client/src/model/problem503.dart';
import 'package:avatar_forge_client/src/model/usage_report.dart';

class UsageApi {

  final Dio _dio;

  final Serializers _serializers;

  const UsageApi(this._dio, this._serializers);

  /// Read usage
  /// Days are ISO dates in the budget&#39;s timezone, inclusive, at most 366 of them. Admins see everyone&#39;s usage or one user&#39;s; anyone else only their own.
  ///
  /// Parameters:
  /// * [from] - First day (default: `to`)
  /// * [to] - Last day (default: today)
  /// * [userId] 
  /// * [cancelToken] - A [CancelToken] that can be used to cancel the operation
  /// * [headers] - Can be used to add additional headers to the request
  /// * [extras] - Can be used to add flags to the request
  /// * [validateStatus] - A [ValidateStatus] callback that can be used to determine request success based on the HTTP status of the response
  /// * [onSendProgress] - A [ProgressCallback] that can be used to get the send progress
  /// * [onReceiveProgress] - A [ProgressCallback] that can be used to get the receive progress
  ///
  /// Returns a [Future] containing a [Response] with a [UsageReport] as data
  /// Throws [DioException] if API call or serialization fails
  Future<Response<UsageReport>> usage({ 
    Date? from,
    Date? to,
    String? userId,
    CancelToken? cancelToken,
    Map<String, dynamic>? headers,
    Map<String, dynamic>? extra,
    ValidateStatus? validateStatus,
    ProgressCallback? onSendProgress,
    ProgressCallback? onReceiveProgress,
  }) async {
    final _path = r'/api/v1/avatar/usage';
    final _options = Options(
      method: r'GET',
      headers: <String, dynamic>{
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
      validateStatus: validateStatus,
    );

    final _queryParameters = <String, dynamic>{
      if (from != null) r'from': encodeQueryParameter(_serializers, from, const FullType(Date)),
      if (to != null) r'to': encodeQueryParameter(_serializers, to, const FullType(Date)),
      if (userId != null) r'user_id': encodeQueryParameter(_serializers, userId, const FullType(String)),
    };

    final _response = await _dio.request<Object>(
      _path,
      options: _options,
      queryParameters: _queryParameters,
      cancelToken: cancelToken,
      onSendProgress: onSendProgress,
      onReceiveProgress: onReceiveProgress,
    );

    UsageReport? _responseData;

    try {
      final rawResponse = _response.data;
      _responseData = rawResponse == null ? null : _serializers.deserialize(
        rawResponse,
        specifiedType: const FullType(UsageReport),
      ) as UsageReport;

    } catch (error, stackTrace) {
      throw DioException(
        requestOptions: _response.requestOptions,
        response: _response,
        type: DioExceptionType.unknown,
        error: error,
        stackTrace: stackTrace,
      );
    }

    return Response<UsageReport>(
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
