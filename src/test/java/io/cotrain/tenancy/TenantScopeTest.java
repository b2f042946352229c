package io.cotrain.tenancy;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TenantScopeTest {

	private final TenantId tenantA = new TenantId(UUID.randomUUID());
	private final TenantId tenantB = new TenantId(UUID.randomUUID());

	@AfterEach
	void noScopeOrTransactionLeftBehind() {
		TransactionSynchronizationManager.setActualTransactionActive(false);
		assertThat(TenantScope.current()).isEmpty();
	}

	@Test
	void nestedScopeIsRestoredAfterwards() {
		TenantScope outer = TenantScope.allRegions(tenantA);
		TenantScope inner = TenantScope.allRegions(tenantB);
		assertThat(TenantScope.current()).isEmpty();
		String seen = TenantScope.call(outer, () -> {
			assertThat(TenantScope.require()).isEqualTo(outer);
			String innerSeen = TenantScope.call(inner, () -> TenantScope.require().tenant().toString());
			assertThat(TenantScope.require()).isEqualTo(outer);
			return innerSeen;
		});
		assertThat(seen).isEqualTo(tenantB.toString());
		assertThat(TenantScope.current()).isEmpty();
	}

	@Test
	void scopeIsRestoredWhenTheWorkFails() {
		TenantScope outer = TenantScope.allRegions(tenantA);
		TenantScope.run(outer, () -> {
			assertThatThrownBy(() -> TenantScope.run(TenantScope.allRegions(tenantB), () -> {
				throw new IllegalArgumentException("boom");
			})).hasMessage("boom");
			assertThat(TenantScope.require()).isEqualTo(outer);
		});
		assertThat(TenantScope.current()).isEmpty();
	}

	@Test
	void requireFailsWithoutAScope() {
		assertThatIllegalStateException().isThrownBy(TenantScope::require);
	}

	@Test
	void regionSettingIsAStarForAllRegionsOrTheSortedIds() {
		RegionId high = new RegionId(UUID.fromString("ffffffff-0000-0000-0000-000000000001"));
		RegionId low = new RegionId(UUID.fromString("00000000-0000-0000-0000-000000000002"));
		Set<RegionId> unsorted = new LinkedHashSet<>(List.of(high, low));

		assertThat(TenantScope.allRegions(tenantA).regionSetting()).isEqualTo("*");
		assertThat(TenantScope.regions(tenantA, unsorted).regionSetting()).isEqualTo(low + "," + high);
		assertThat(TenantScope.regions(tenantA, Set.of(low)).regionSetting()).isEqualTo(low.toString());
		assertThat(TenantScope.regions(tenantA, Set.of()).regionSetting()).isEmpty();
	}

	@Test
	void regionLimitedScopeSeesOnlyItsRegions() {
		RegionId mine = new RegionId(UUID.randomUUID());
		RegionId other = new RegionId(UUID.randomUUID());
		TenantScope limited = TenantScope.regions(tenantA, Set.of(mine));
		assertThat(limited.seesAllRegions()).isFalse();
		assertThat(limited.sees(mine)).isTrue();
		assertThat(limited.sees(other)).isFalse();
		assertThat(TenantScope.allRegions(tenantA).sees(other)).isTrue();
	}

	@Test
	void aDifferentScopeCannotBeOpenedInsideATransaction() {
		TenantScope outer = TenantScope.allRegions(tenantA);
		TenantScope.run(outer, () -> {
			TransactionSynchronizationManager.setActualTransactionActive(true);
			try {
				assertThatIllegalStateException()
					.isThrownBy(() -> TenantScope.call(TenantScope.allRegions(tenantB), () -> "never"))
					.withMessageContaining("before the transaction");
				assertThat(TenantScope.require()).isEqualTo(outer);
				// the same scope again is harmless
				assertThat(TenantScope.call(TenantScope.allRegions(tenantA), () -> "same")).isEqualTo("same");
			}
			finally {
				TransactionSynchronizationManager.setActualTransactionActive(false);
			}
		});
	}

	@Test
	void noScopeCanBeOpenedInsideATransactionThatStartedWithoutOne() {
		TransactionSynchronizationManager.setActualTransactionActive(true);
		try {
			assertThatIllegalStateException().isThrownBy(() -> TenantScope.call(TenantScope.allRegions(tenantA), () -> "never"));
		}
		finally {
			TransactionSynchronizationManager.setActualTransactionActive(false);
		}
		assertThat(TenantScope.call(TenantScope.allRegions(tenantA), () -> "outside")).isEqualTo("outside");
	}
}
