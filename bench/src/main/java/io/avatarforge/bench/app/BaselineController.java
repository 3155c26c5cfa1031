package io.avatarforge.bench.app;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The bare endpoints the real ones are measured against: the same body read in full, a small JSON answer of the same
 * shape, and nothing else (no validation, no image work, no database, no Kafka).
 */
@RestController
class BaselineController {

    @PostMapping(path = "/bench/baseline/generate", consumes = "application/json")
    ResponseEntity<Map<String, Object>> generate(@RequestBody byte[] body) {
        String id = UUID.randomUUID().toString();
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("status", "accepted");
        answer.put("job_id", id);
        answer.put("bytes_read", body.length);
        answer.put("status_url", "/api/v1/avatar/status/" + id);
        return ResponseEntity.accepted().body(answer);
    }

    @GetMapping("/bench/baseline/status/{jobId}")
    Map<String, Object> status(@PathVariable String jobId) {
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("status", "queued");
        answer.put("job_id", jobId);
        answer.put("progress_percent", 0);
        answer.put("created_at", "2026-01-01T00:00:00Z");
        return answer;
    }
}
