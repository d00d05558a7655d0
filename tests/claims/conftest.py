import pytest

from tests.budget.helpers import seed


@pytest.fixture
def cats(services, actors):
    return seed(services, actors)
