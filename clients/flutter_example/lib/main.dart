// A minimal Avatar Forge app: pick a photo, send it with the signed-in user's Firebase ID token through the Dart client
// generated from api/openapi.json (clients/dart), poll the job, show the avatar. Not compiled in this repository's build
// (no Flutter toolchain there); see README.md for running it.
import 'dart:convert';

import 'package:avatar_forge_client/avatar_forge_client.dart';
import 'package:dio/dio.dart';
import 'package:firebase_auth/firebase_auth.dart';
import 'package:firebase_core/firebase_core.dart';
import 'package:flutter/material.dart';
import 'package:image_picker/image_picker.dart';

/// The gateway's base URL: `flutter run --dart-define=AVATAR_FORGE_URL=https://avatars.example.com`.
/// (10.0.2.2 is the host machine seen from the Android emulator.)
const baseUrl = String.fromEnvironment('AVATAR_FORGE_URL', defaultValue: 'http://10.0.2.2:8080');

Future<void> main() async {
  WidgetsFlutterBinding.ensureInitialized();
  // Uses the app's Firebase configuration (google-services.json / GoogleService-Info.plist, or `flutterfire configure`).
  await Firebase.initializeApp();
  runApp(const MaterialApp(title: 'Avatar Forge', home: AvatarScreen()));
}

class AvatarScreen extends StatefulWidget {
  const AvatarScreen({super.key});

  @override
  State<AvatarScreen> createState() => _AvatarScreenState();
}

class _AvatarScreenState extends State<AvatarScreen> {
  final _client = AvatarForgeClient(basePathOverride: baseUrl);
  final _prompt = TextEditingController(text: 'A friendly software developer');
  String _message = 'Pick a photo to start';
  String? _imageUrl;
  bool _busy = false;

  Future<void> _pickAndGenerate() async {
    final photo = await ImagePicker().pickImage(source: ImageSource.gallery, maxWidth: 2048, imageQuality: 90);
    if (photo == null) return;
    setState(() {
      _busy = true;
      _imageUrl = null;
      _message = 'Uploading…';
    });
    try {
      // Any signed-in Firebase user will do; the gateway verifies the ID token and counts the job for its uid.
      final auth = FirebaseAuth.instance;
      final user = auth.currentUser ?? (await auth.signInAnonymously()).user!;
      _client.setBearerAuth('firebase_id_token', (await user.getIdToken())!);

      final bytes = await photo.readAsBytes();
      final mime = photo.mimeType ?? 'image/jpeg';
      final answer = await _client.getGenerationApi().generate(
            generateAvatarRequest: GenerateAvatarRequest((b) => b
              ..prompt = _prompt.text
              ..image = 'data:$mime;base64,${base64Encode(bytes)}'
              ..styleConfig = 'cartoon_3d'
              ..async_ = true),
          );
      // 202: the job to poll (a synchronous request could also get 200 with the result: GenerationSuccessResponse).
      final accepted = answer.data!.oneOf.value as AcceptedResponse;
      setState(() => _message = 'Queued (about ${accepted.estimatedCompletionSeconds} s)');

      final jobs = _client.getJobsApi();
      while (true) {
        await Future<void>.delayed(const Duration(seconds: 1));
        final status = (await jobs.status(jobId: accepted.jobId)).data!;
        if (status.status == JobStatusResponseStatusEnum.completed) {
          setState(() {
            _imageUrl = status.imageUrl; // signed: Image.network needs no credential
            _message = 'Done';
          });
          return;
        }
        if (status.status == JobStatusResponseStatusEnum.failed ||
            status.status == JobStatusResponseStatusEnum.canceled) {
          setState(() => _message = 'The job ${status.status.name}: ${status.errorCode ?? ''} ${status.errorMessage ?? ''}');
          return;
        }
        setState(() => _message = '${status.status.name}, ${status.progressPercent}%'
            '${status.queuePosition == null ? '' : ', position ${status.queuePosition}'}');
      }
    } on DioException catch (e) {
      // Refusals are application/problem+json with a stable `code` (and Retry-After on 429).
      final problem = e.response?.data;
      final code = problem is Map ? problem['code'] : null;
      final retryAfter = e.response?.headers.value('retry-after');
      setState(() => _message = 'Refused: ${e.response?.statusCode} ${code ?? e.message}'
          '${retryAfter == null ? '' : ' (retry in $retryAfter s)'}');
    } finally {
      setState(() => _busy = false);
    }
  }

  @override
  Widget build(BuildContext context) {
    return Scaffold(
      appBar: AppBar(title: const Text('Avatar Forge')),
      body: Padding(
        padding: const EdgeInsets.all(16),
        child: Column(
          crossAxisAlignment: CrossAxisAlignment.stretch,
          children: [
            TextField(controller: _prompt, decoration: const InputDecoration(labelText: 'Prompt')),
            const SizedBox(height: 12),
            FilledButton(
              onPressed: _busy ? null : _pickAndGenerate,
              child: const Text('Pick a photo and generate'),
            ),
            const SizedBox(height: 12),
            Text(_message),
            const SizedBox(height: 12),
            if (_imageUrl != null) Expanded(child: Image.network(_imageUrl!, fit: BoxFit.contain)),
          ],
        ),
      ),
    );
  }
}
