//
// AUTO-GENERATED FILE, DO NOT MODIFY!
//

export 'package:avatar_forge_client/src/api.dart';
export 'package:avatar_forge_client/src/auth/api_key_auth.dart';
export 'package:avatar_forge_client/src/auth/basic_auth.dart';
export 'package:avatar_forge_client/src/auth/bearer_auth.dart';
export 'package:avatar_forge_client/src/auth/oauth.dart';
export 'package:avatar_forge_client/src/serializers.dart';
export 'package:avatar_forge_client/src/model/date.dart';

export 'package:avatar_forge_client/src/api/api_keys_api.dart';
export 'package:avatar_forge_client/src/api/configuration_api.dart';
export 'package:avatar_forge_client/src/api/erasure_api.dart';
export 'package:avatar_forge_client/src/api/generation_api.dart';
export 'package:avatar_forge_client/src/api/images_api.dart';
export 'package:avatar_forge_client/src/api/jobs_api.dart';
export 'package:avatar_forge_client/src/api/open_ai_compatible_api.dart';
export 'package:avatar_forge_client/src/api/styles_api.dart';
export 'package:avatar_forge_client/src/api/usage_api.dart';

export 'package:avatar_forge_client/src/model/accepted_response.dart';
export 'package:avatar_forge_client/src/model/attempt_view.dart';
export 'package:avatar_forge_client/src/model/config_change_outcome.dart';
export 'package:avatar_forge_client/src/model/config_history.dart';
export 'package:avatar_forge_client/src/model/config_validation_error.dart';
export 'package:avatar_forge_client/src/model/config_version.dart';
export 'package:avatar_forge_client/src/model/config_view.dart';
export 'package:avatar_forge_client/src/model/create_key_request.dart';
export 'package:avatar_forge_client/src/model/created_key.dart';
export 'package:avatar_forge_client/src/model/deliveries_view.dart';
export 'package:avatar_forge_client/src/model/generate_avatar_request.dart';
export 'package:avatar_forge_client/src/model/generate_response.dart';
export 'package:avatar_forge_client/src/model/generation_success_response.dart';
export 'package:avatar_forge_client/src/model/job_detail.dart';
export 'package:avatar_forge_client/src/model/job_page.dart';
export 'package:avatar_forge_client/src/model/job_status_response.dart';
export 'package:avatar_forge_client/src/model/job_summary.dart';
export 'package:avatar_forge_client/src/model/key_list.dart';
export 'package:avatar_forge_client/src/model/key_view.dart';
export 'package:avatar_forge_client/src/model/metadata.dart';
export 'package:avatar_forge_client/src/model/open_ai_error.dart';
export 'package:avatar_forge_client/src/model/open_ai_error_body.dart';
export 'package:avatar_forge_client/src/model/open_ai_image.dart';
export 'package:avatar_forge_client/src/model/open_ai_images_response.dart';
export 'package:avatar_forge_client/src/model/open_ai_images_usage.dart';
export 'package:avatar_forge_client/src/model/open_ai_images_usage_input_details.dart';
export 'package:avatar_forge_client/src/model/open_ai_model.dart';
export 'package:avatar_forge_client/src/model/open_ai_model_list.dart';
export 'package:avatar_forge_client/src/model/problem400.dart';
export 'package:avatar_forge_client/src/model/problem400_errors_inner.dart';
export 'package:avatar_forge_client/src/model/problem401.dart';
export 'package:avatar_forge_client/src/model/problem403.dart';
export 'package:avatar_forge_client/src/model/problem404.dart';
export 'package:avatar_forge_client/src/model/problem405.dart';
export 'package:avatar_forge_client/src/model/problem406.dart';
export 'package:avatar_forge_client/src/model/problem409.dart';
export 'package:avatar_forge_client/src/model/problem410.dart';
export 'package:avatar_forge_client/src/model/problem413.dart';
export 'package:avatar_forge_client/src/model/problem415.dart';
export 'package:avatar_forge_client/src/model/problem422.dart';
export 'package:avatar_forge_client/src/model/problem429.dart';
export 'package:avatar_forge_client/src/model/problem500.dart';
export 'package:avatar_forge_client/src/model/problem502.dart';
export 'package:avatar_forge_client/src/model/problem503.dart';
export 'package:avatar_forge_client/src/model/result_metadata.dart';
export 'package:avatar_forge_client/src/model/rotated_webhook_secret.dart';
export 'package:avatar_forge_client/src/model/row.dart';
export 'package:avatar_forge_client/src/model/style_summary.dart';
export 'package:avatar_forge_client/src/model/styles.dart';
export 'package:avatar_forge_client/src/model/timeline_entry.dart';
export 'package:avatar_forge_client/src/model/usage_report.dart';

