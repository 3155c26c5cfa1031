package io.avatarforge.gateway.usage;

import io.avatarforge.model.budget.BudgetDays;
import io.avatarforge.platform.config.AvatarConfigHolder;
import io.avatarforge.model.config.CostLimits;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/** Builds usage reports and exports today's spend, reservations and remaining budget as gauges. */
@Service
class UsageService {

    private static final Duration GAUGE_FRESHNESS = Duration.ofSeconds(5);

    private record Snapshot(Instant at, UsageRepository.Today today) {
    }

    private final UsageRepository usage;
    private final AvatarConfigHolder config;
    private final Clock clock;
    private final AtomicReference<@Nullable Snapshot> snapshot = new AtomicReference<>();

    UsageService(UsageRepository usage, AvatarConfigHolder config, Clock clock, MeterRegistry meters) {
        this.usage = usage;
        this.config = config;
        this.clock = clock;
        // Scrapes read a snapshot at most a few seconds old, so a busy scraper never loads the database.
        Gauge.builder("avatar.budget.spent", this, s -> s.todayLedger().spent().doubleValue())
                .description("Dollars spent today (settled jobs)").baseUnit("dollars").register(meters);
        Gauge.builder("avatar.budget.reserved", this, s -> s.todayLedger().reserved().doubleValue())
                .description("Dollars reserved today by jobs not yet settled").baseUnit("dollars").register(meters);
        Gauge.builder("avatar.budget.remaining", this, UsageService::remainingToday)
                .description("Dollars of today's budget neither spent nor reserved").baseUnit("dollars")
                .register(meters);
    }

    UsageReport report(LocalDate from, LocalDate to, @Nullable String userId) {
        CostLimits limits = config.config().serviceConfig().costLimits();
        ZoneId zone = BudgetDays.zone(limits);
        Instant start = from.atStartOfDay(zone).toInstant();
        Instant end = to.plusDays(1).atStartOfDay(zone).toInstant();
        // A ZoneId's id holds only letters, digits, '/', '_', '+' and '-', so it is safe inside the SQL literal.
        List<UsageReport.Row> byDay = usage.grouped("cast(created_at at time zone '" + zone.getId() + "' as date)", start, end, userId);
        List<UsageReport.Row> byUser = usage.grouped("coalesce(user_id, 'anonymous')", start, end, userId);
        List<UsageReport.Row> byStyle = usage.grouped("style", start, end, userId);
        BigDecimal total = byStyle.stream().map(UsageReport.Row::cost).reduce(BigDecimal.ZERO, BigDecimal::add);
        long generations = byStyle.stream().mapToLong(UsageReport.Row::generations).sum();
        long succeeded = byStyle.stream().mapToLong(UsageReport.Row::succeeded).sum();
        long failed = byStyle.stream().mapToLong(UsageReport.Row::failed).sum();
        long cached = byStyle.stream().mapToLong(UsageReport.Row::cached).sum();
        BigDecimal budget = limits == null ? null : limits.dailyBudget();
        return new UsageReport(from, to, userId, total, budget, generations, succeeded, failed, cached, byDay, byUser,
                byStyle);
    }

    LocalDate today() {
        return BudgetDays.dayOf(clock.instant(), BudgetDays.zone(config.config().serviceConfig().costLimits()));
    }

    private UsageRepository.Today todayLedger() {
        Instant now = clock.instant();
        Snapshot current = snapshot.get();
        if (current == null || current.at().plus(GAUGE_FRESHNESS).isBefore(now)) {
            UsageRepository.Today today = usage.today(today())
                    .orElse(new UsageRepository.Today(BigDecimal.ZERO, BigDecimal.ZERO, 0));
            current = new Snapshot(now, today);
            snapshot.set(current);
        }
        return current.today();
    }

    private double remainingToday() {
        CostLimits limits = config.config().serviceConfig().costLimits();
        if (limits == null || limits.dailyBudget() == null) {
            return Double.NaN;
        }
        UsageRepository.Today today = todayLedger();
        return limits.dailyBudget().subtract(today.spent()).subtract(today.reserved()).max(BigDecimal.ZERO)
                .doubleValue();
    }
}
