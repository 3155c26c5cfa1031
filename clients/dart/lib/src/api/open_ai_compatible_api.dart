//
// AUTO-GENERATED FILE, DO NOT MODIFY!
//

import 'dart:async';

import 'package:built_value/json_object.dart';
import 'package:built_value/serializer.dart';
import 'package:dio/dio.dart';

import 'package:avatar_forge_client/src/api_util.dart';
import 'package:avatar_forge_client/src/model/open_ai_error.dart';
import 'package:avatar_forge_client/src/model/open_ai_images_response.dart';
import 'package:avatar_forge_client/src/model/open_ai_model.dart';
import 'package:avatar_forge_client/src/model/open_ai_model_list.dart';
import 'package:built_collection/built_collection.dart';

class OpenAICompatibleApi {

  final Dio _dio;

  final Serializers _serializers;

  const OpenAICompatibleApi(this._dio, this._serializers);

  /// Edit an image (OpenAI-compatible): turn a photo into an avatar of the style named by model
  /// 
  ///
  /// Parameters:
  /// * [prompt] 
  /// * [image] - The photo (PNG, JPEG or WebP); or image[]
  /// * [imageLeftSquareBracketRightSquareBracket] 
  /// * [model] - A style key of GET /v1/models; absent: the default style
  /// * [n] - Only 1
  /// * [outputFormat] - Accepted; the answer's output_format says what the image is
  /// * [quality] - The quality tier; auto and standard: the default tier, hd: high
  /// * [responseFormat] 
  /// * [size] - Accepted; the style's configuration decides the size
  /// * [stream] - Streaming is not supported
  /// * [user] - The end user; honoured like user_id (trusted_server keys only)
  /// * [cancelToken] - A [CancelToken] that can be used to cancel the operation
  /// * [headers] - Can be used to add additional headers to the request
  /// * [extras] - Can be used to add flags to the request
  /// * [validateStatus] - A [ValidateStatus] callback that can be used to determine request success based on the HTTP status of the response
  /// * [onSendProgress] - A [ProgressCallback] that can be used to get the send progress
  /// * [onReceiveProgress] - A [ProgressCallback] that can be used to get the receive progress
  ///
  /// Returns a [Future] containing a [Response] with a [OpenAiImagesResponse] as data
  /// Throws [DioException] if API call or serialization fails
  Future<Response<OpenAiImagesResponse>> edit({ 
    required String prompt,
    MultipartFile? image,
    BuiltList<String>? imageLeftSquareBracketRightSquareBracket,
    String? model,
    int? n,
    String? outputFormat,
    String? quality,
    String? responseFormat,
    String? size,
    bool? stream,
    String? user,
    CancelToken? cancelToken,
    Map<String, dynamic>? headers,
    Map<String, dynamic>? extra,
    ValidateStatus? validateStatus,
    ProgressCallback? onSendProgress,
    ProgressCallback? onReceiveProgress,
  }) async {
    final _path = r'/v1/images/edits';
    final _options = Options(
      method: r'POST',
      headers: <String, dynamic>{
        ...?headers,
      },
      extra: <String, dynamic>{
        'secure': <Map<String, String>>[
          {
            'type': 'http',
            'scheme': 'bearer',
            'name': 'api_key',
          },
        ],
        ...?extra,
      },
      contentType: 'multipart/form-data',
      validateStatus: validateStatus,
    );

    dynamic _bodyData;

    try {
      _bodyData = FormData.fromMap(<String, dynamic>{
        r'image': image,
        if (imageLeftSquareBracketRightSquareBracket != null) r'image[]': encodeFormParameter(_serializers, imageLeftSquareBracketRightSquareBracket, const FullType(BuiltList, [FullType(String)])),
        r'model': encodeFormParameter(_serializers, model, const FullType(String)),
        r'n': encodeFormParameter(_serializers, n, const FullType(int)),
        r'output_format': encodeFormParameter(_serializers, outputFormat, const FullType(String)),
        r'prompt': encodeFormParameter(_serializers, prompt, const FullType(String)),
        r'quality': encodeFormParameter(_serializers, quality, const FullType(String)),
        r'response_format': encodeFormParameter(_serializers, responseFormat, const FullType(String)),
        r'size': encodeFormParameter(_serializers, size, const FullType(String)),
        r'stream': encodeFormParameter(_serializers, stream, const FullType(bool)),
        r'user': encodeFormParameter(_serializers, user, const FullType(String)),
      });

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

    OpenAiImagesResponse? _responseData;

    try {
      final rawResponse = _response.data;
      _responseData = rawResponse == null ? null : _serializers.deserialize(
        rawResponse,
        specifiedType: const FullType(OpenAiImagesResponse),
      ) as OpenAiImagesResponse;

    } catch (error, stackTrace) {
      throw DioException(
        requestOptions: _response.requestOptions,
        response: _response,
        type: DioExceptionType.unknown,
        error: error,
        stackTrace: stackTrace,
      );
    }

    return Response<OpenAiImagesResponse>(
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

  /// One style as a model (OpenAI-compatible)
  /// 
  ///
  /// Parameters:
  /// * [model] 
  /// * [cancelToken] - A [CancelToken] that can be used to cancel the operation
  /// * [headers] - Can be used to add additional headers to the request
  /// * [extras] - Can be used to add flags to the request
  /// * [validateStatus] - A [ValidateStatus] callback that can be used to determine request success based on the HTTP status of the response
  /// * [onSendProgress] - A [ProgressCallback] that can be used to get the send progress
  /// * [onReceiveProgress] - A [ProgressCallback] that can be used to get the receive progress
  ///
  /// Returns a [Future] containing a [Response] with a [OpenAiModel] as data
  /// Throws [DioException] if API call or serialization fails
  Future<Response<OpenAiModel>> model({ 
    required String model,
    CancelToken? cancelToken,
    Map<String, dynamic>? headers,
    Map<String, dynamic>? extra,
    ValidateStatus? validateStatus,
    ProgressCallback? onSendProgress,
    ProgressCallback? onReceiveProgress,
  }) async {
    final _path = r'/v1/models/{model}'.replaceAll('{' r'model' '}', encodeQueryParameter(_serializers, model, const FullType(String)).toString());
    final _options = Options(
      method: r'GET',
      headers: <String, dynamic>{
        ...?headers,
      },
      extra: <String, dynamic>{
        'secure': <Map<String, String>>[],
        ...?extra,
      },
      validateStatus: validateStatus,
    );

    final _response = await _dio.request<Object>(
      _path,
      options: _options,
      cancelToken: cancelToken,
      onSendProgress: onSendProgress,
      onReceiveProgress: onReceiveProgress,
    );

    OpenAiModel? _responseData;

    try {
      final rawResponse = _response.data;
      _responseData = rawResponse == null ? null : _serializers.deserialize(
        rawResponse,
        specifiedType: const FullType(OpenAiModel),
      ) as OpenAiModel;

    } catch (error, stackTrace) {
      throw DioException(
        requestOptions: _response.requestOptions,
        response: _response,
        type: DioExceptionType.unknown,
        error: error,
        stackTrace: stackTrace,
      );
    }

    return Response<OpenAiModel>(
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

  /// List the styles as models (OpenAI-compatible)
  /// 
  ///
  /// Parameters:
  /// * [cancelToken] - A [CancelToken] that can be used to cancel the operation
  /// * [headers] - Can be used to add additional headers to the request
  /// * [extras] - Can be used to add flags to the request
  /// * [validateStatus] - A [ValidateStatus] callback that can be used to determine request success based on the HTTP status of the response
  /// * [onSendProgress] - A [ProgressCallback] that can be used to get the send progress
  /// * [onReceiveProgress] - A [ProgressCallback] that can be used to get the receive progress
  ///
  /// Returns a [Future] containing a [Response] with a [OpenAiModelList] as data
  /// Throws [DioException] if API call or serialization fails
  Future<Response<OpenAiModelList>> models({ 
    CancelToken? cancelToken,
    Map<String, dynamic>? headers,
    Map<String, dynamic>? extra,
    ValidateStatus? validateStatus,
    ProgressCallback? onSendProgress,
    ProgressCallback? onReceiveProgress,
  }) async {
    final _path = r'/v1/models';
    final _options = Options(
      method: r'GET',
      headers: <String, dynamic>{
        ...?headers,
      },
      extra: <String, dynamic>{
        'secure': <Map<String, String>>[],
        ...?extra,
      },
      validateStatus: validateStatus,
    );

    final _response = await _dio.request<Object>(
      _path,
      options: _options,
      cancelToken: cancelToken,
      onSendProgress: onSendProgress,
      onReceiveProgress: onReceiveProgress,
    );

    OpenAiModelList? _responseData;

    try {
      final rawResponse = _response.data;
      _responseData = rawResponse == null ? null : _serializers.deserialize(
        rawResponse,
        specifiedType: const FullType(OpenAiModelList),
      ) as OpenAiModelList;

    } catch (error, stackTrace) {
      throw DioException(
        requestOptions: _response.requestOptions,
        response: _response,
        type: DioExceptionType.unknown,
        error: error,
        stackTrace: stackTrace,
      );
    }

    return Response<OpenAiModelList>(
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
