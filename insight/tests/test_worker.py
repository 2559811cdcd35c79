import pytest
from django_q.models import Task
from django_q.tasks import async_task

from insight.health import check_queue
from insight.testing.processes import start_worker, stop_process, wait_until

pytestmark = [pytest.mark.worker, pytest.mark.django_db(transaction=True)]


def test_a_real_worker_runs_queued_work_and_shows_in_health():
    worker = start_worker()
    try:
        wait_until(lambda: check_queue()["workers"] > 0, timeout=60)
        task_id = async_task("math.fsum", [0.25, 0.5, 1.25], sync=False)

        finished = wait_until(lambda: Task.objects.filter(id=task_id).first(), timeout=60)

        assert finished.success
        assert finished.result == 2.0
    finally:
        stop_process(worker)
    assert worker.returncode == 0, worker.stderr.read().decode()[-2000:]
