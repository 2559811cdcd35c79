"""The live page of a task and its MJPEG feed (session auth; rules in ``access``)."""

from asgiref.sync import sync_to_async
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse, StreamingHttpResponse
from django.shortcuts import render
from django.views.decorators.http import require_safe

from scraping.live.access import viewer_refusal
from scraping.live.mjpeg import BOUNDARY, mjpeg_stream
from scraping.live.selectors import task_state


@require_safe
async def live_feed(request: HttpRequest, task_id: int) -> HttpResponse:
    """``GET /live_feed/<id>``: the task's browser frames as MJPEG for an ``<img>`` tag."""
    user = await request.auser()
    refusal = await sync_to_async(viewer_refusal)(user, task_id)
    if refusal is not None:
        return HttpResponse(refusal.message, status=refusal.http_status, content_type="text/plain")
    return StreamingHttpResponse(
        mjpeg_stream(task_id),
        content_type=f"multipart/x-mixed-replace; boundary={BOUNDARY}",
        headers={"Cache-Control": "no-store", "X-Accel-Buffering": "no"},
    )


@require_safe
@login_required
def live_task_page(request: HttpRequest, task_id: int) -> HttpResponse:
    """``GET /live/tasks/<id>/``: stream with phone boxes, log and results of one task."""
    refusal = viewer_refusal(request.user, task_id)
    if refusal is not None:
        return render(request, "live/refused.html", {"refusal": refusal}, status=refusal.http_status)
    return render(request, "live/task.html", {"task": task_state(task_id)["task"]})
