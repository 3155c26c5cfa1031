//
// AUTO-GENERATED FILE, DO NOT MODIFY!
//

// ignore_for_file: unused_import

import 'package:one_of_serializer/any_of_serializer.dart';
import 'package:one_of_serializer/one_of_serializer.dart';
import 'package:built_collection/built_collection.dart';
import 'package:built_value/json_object.dart';
import 'package:built_value/serializer.dart';
import 'package:built_value/standard_json_plugin.dart';
import 'package:built_value/iso_8601_date_time_serializer.dart';
import 'package:avatar_forge_client/src/date_serializer.dart';
import 'package:avatar_forge_client/src/model/date.dart';

import 'package:avatar_forge_client/src/model/accepted_response.dart';
import 'package:avatar_forge_client/src/model/attempt_view.dart';
import 'package:avatar_forge_client/src/model/config_change_outcome.dart';
import 'package:avatar_forge_client/src/model/config_history.dart';
import 'package:avatar_forge_client/src/model/config_validation_error.dart';
import 'package:avatar_forge_client/src/model/config_version.dart';
import 'package:avatar_forge_client/src/model/config_view.dart';
import 'package:avatar_forge_client/src/model/create_key_request.dart';
import 'package:avatar_forge_client/src/model/created_key.dart';
import 'package:avatar_forge_client/src/model/deliveries_view.dart';
import 'package:avatar_forge_client/src/model/generate_avatar_request.dart';
import 'package:avatar_forge_client/src/model/generate_response.dart';
import 'package:avatar_forge_client/src/model/generation_success_response.dart';
import 'package:avatar_forge_client/src/model/job_detail.dart';
import 'package:avatar_forge_client/src/model/job_page.dart';
import 'package:avatar_forge_client/src/model/job_status_response.dart';
import 'package:avatar_forge_client/src/model/job_summary.dart';
import 'package:avatar_forge_client/src/model/key_list.dart';
import 'package:avatar_forge_client/src/model/key_view.dart';
import 'package:avatar_forge_client/src/model/metadata.dart';
import 'package:avatar_forge_client/src/model/open_ai_error.dart';
import 'package:avatar_forge_client/src/model/open_ai_error_body.dart';
import 'package:avatar_forge_client/src/model/open_ai_image.dart';
import 'package:avatar_forge_client/src/model/open_ai_images_response.dart';
import 'package:avatar_forge_client/src/model/open_ai_images_usage.dart';
import 'package:avatar_forge_client/src/model/open_ai_images_usage_input_details.dart';
import 'package:avatar_forge_client/src/model/open_ai_model.dart';
import 'package:avatar_forge_client/src/model/open_ai_model_list.dart';
import 'package:avatar_forge_client/src/model/problem400.dart';
import 'package:avatar_forge_client/src/model/problem400_errors_inner.dart';
import 'package:avatar_forge_client/src/model/problem401.dart';
import 'package:avatar_forge_client/src/model/problem403.dart';
import 'package:avatar_forge_client/src/model/problem404.dart';
import 'package:avatar_forge_client/src/model/problem405.dart';
import 'package:avatar_forge_client/src/model/problem406.dart';
import 'package:avatar_forge_client/src/model/problem409.dart';
import 'package:avatar_forge_client/src/model/problem410.dart';
import 'package:avatar_forge_client/src/model/problem413.dart';
import 'package:avatar_forge_client/src/model/problem415.dart';
import 'package:avatar_forge_client/src/model/problem422.dart';
import 'package:avatar_forge_client/src/model/problem429.dart';
import 'package:avatar_forge_client/src/model/problem500.dart';
import 'package:avatar_forge_client/src/model/problem502.dart';
import 'package:avatar_forge_client/src/model/problem503.dart';
import 'package:avatar_forge_client/src/model/result_metadata.dart';
import 'package:avatar_forge_client/src/model/rotated_webhook_secret.dart';
import 'package:avatar_forge_client/src/model/row.dart';
import 'package:avatar_forge_client/src/model/style_summary.dart';
import 'package:avatar_forge_client/src/model/styles.dart';
import 'package:avatar_forge_client/src/model/timeline_entry.dart';
import 'package:avatar_forge_client/src/model/usage_report.dart';

part 'serializers.g.dart';

@SerializersFor([
  AcceptedResponse,
  AttemptView,
  ConfigChangeOutcome,
  ConfigHistory,
  ConfigValidationError,
  ConfigVersion,
  ConfigView,
  CreateKeyRequest,
  CreatedKey,
  DeliveriesView,
  GenerateAvatarRequest,
  GenerateResponse,
  GenerationSuccessResponse,
  JobDetail,
  JobPage,
  JobStatusResponse,
  JobSummary,
  KeyList,
  KeyView,
  Metadata,
  OpenAiError,
  OpenAiErrorBody,
  OpenAiImage,
  OpenAiImagesResponse,
  OpenAiImagesUsage,
  OpenAiImagesUsageInputDetails,
  OpenAiModel,
  OpenAiModelList,
  Problem400,
  Problem400ErrorsInner,
  Problem401,
  Problem403,
  Problem404,
  Problem405,
  Problem406,
  Problem409,
  Problem410,
  Problem413,
  Problem415,
  Problem422,
  Problem429,
  Problem500,
  Problem502,
  Problem503,
  ResultMetadata,
  RotatedWebhookSecret,
  Row,
  StyleSummary,
  Styles,
  TimelineEntry,
  UsageReport,
])
Serializers serializers = (_$serializers.toBuilder()
      ..addBuilderFactory(
        const FullType(BuiltList, [FullType(ConfigVersion)]),
        () => ListBuilder<ConfigVersion>(),
      )
      ..addBuilderFactory(
        const FullType(BuiltSet, [FullType(String)]),
        () => SetBuilder<String>(),
      )
      ..addBuilderFactory(
        const FullType(BuiltList, [FullType(KeyView)]),
        () => ListBuilder<KeyView>(),
      )
      ..addBuilderFactory(
        const FullType(BuiltList, [FullType(Row)]),
        () => ListBuilder<Row>(),
      )
      ..addBuilderFactory(
        const FullType(BuiltList, [FullType(OpenAiImage)]),
        () => ListBuilder<OpenAiImage>(),
      )
      ..addBuilderFactory(
        const FullType(BuiltList, [FullType(StyleSummary)]),
        () => ListBuilder<StyleSummary>(),
      )
      ..addBuilderFactory(
        const FullType(BuiltList, [FullType(AttemptView)]),
        () => ListBuilder<AttemptView>(),
      )
      ..addBuilderFactory(
        const FullType(BuiltList, [FullType(JobSummary)]),
        () => ListBuilder<JobSummary>(),
      )
      ..addBuilderFactory(
        const FullType(BuiltList, [FullType(OpenAiModel)]),
        () => ListBuilder<OpenAiModel>(),
      )
      ..addBuilderFactory(
        const FullType(BuiltList, [FullType(TimelineEntry)]),
        () => ListBuilder<TimelineEntry>(),
      )
      ..addBuilderFactory(
        const FullType(BuiltMap, [FullType(String), FullType.nullable(JsonObject)]),
        () => MapBuilder<String, JsonObject?>(),
      )
      ..addBuilderFactory(
        const FullType(BuiltList, [FullType(Problem400ErrorsInner)]),
        () => ListBuilder<Problem400ErrorsInner>(),
      )
      ..addBuilderFactory(
        const FullType(BuiltList, [FullType(String)]),
        () => ListBuilder<String>(),
      )
      ..addBuilderFactory(
        const FullType(BuiltList, [FullType(ConfigValidationError)]),
        () => ListBuilder<ConfigValidationError>(),
      )
      ..add(const OneOfSerializer())
      ..add(const AnyOfSerializer())
      ..add(const DateSerializer())
      ..add(Iso8601DateTimeSerializer())
    ).build();

Serializers standardSerializers =
    (serializers.toBuilder()..addPlugin(StandardJsonPlugin())).build();
