"""int8 Linear layers with FIXED activation scales, so a post's vector never depends on the rest of its batch.

PyTorch's dynamic quantisation measures each input tensor's range per call: the whole padded batch shares one
scale, so the same post gets a slightly different vector alone and in a batch. Here every Linear's input range is
measured once, on a fixed calibration set, when the model loads; inference then quantises with those constants
(values outside are clamped), runs FBGEMM's int8 GEMM and returns float32. Same input row, same output row.
"""

import torch
from torch import nn

# 7-bit activations: FBGEMM's AVX2 kernels multiply u8 x s8 pairs into s16, which can saturate with full 8 bits.
QUANT_MAX = 127


class StaticInt8Linear(nn.Module):
    """A Linear with per-channel int8 weights and a constant per-tensor uint8 activation scale."""

    def __init__(self, linear: nn.Linear, channel_min: torch.Tensor, channel_max: torch.Tensor):
        super().__init__()
        weight = linear.weight.detach().float()
        low = min(float(channel_min.min()), 0.0)
        high = max(float(channel_max.max()), 0.0)
        self.scale = max((high - low) / QUANT_MAX, 1e-8)
        self.zero_point = int(round(-low / self.scale))
        w_scale = (weight.abs().amax(dim=1) / 127).clamp(min=1e-8).double()
        zero_points = torch.zeros(weight.shape[0], dtype=torch.int64)
        qweight = torch.quantize_per_channel(weight, w_scale, zero_points, 0, torch.qint8)
        bias = linear.bias.detach().float() if linear.bias is not None else None
        self._packed = torch.ops.quantized.linear_prepack(qweight, bias)
        self.out_features = linear.out_features

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        shape = x.shape
        flat = x.reshape(-1, shape[-1]).contiguous()
        out = torch.ops.quantized.linear_with_input_q_dq_qweight_dq_output_fp32(
            flat, self.scale, self.zero_point, self._packed
        )
        return out.reshape(*shape[:-1], self.out_features)


def _linears(model: nn.Module) -> list[tuple[nn.Module, str, nn.Linear]]:
    return [
        (parent, name, child)
        for parent in model.modules()
        for name, child in parent.named_children()
        if isinstance(child, nn.Linear)
    ]


def quantize_static(model: nn.Module, calibrate) -> nn.Module:
    """Replace every Linear of ``model`` by a StaticInt8Linear; ``calibrate()`` runs representative inputs."""
    ranges: dict[int, tuple[torch.Tensor, torch.Tensor]] = {}

    def record(module: nn.Module, inputs: tuple, _output) -> None:
        x = inputs[0].reshape(-1, inputs[0].shape[-1])
        low, high = x.amin(dim=0), x.amax(dim=0)
        if id(module) in ranges:
            low, high = torch.minimum(ranges[id(module)][0], low), torch.maximum(ranges[id(module)][1], high)
        ranges[id(module)] = (low, high)

    hooks = [linear.register_forward_hook(record) for _, _, linear in _linears(model)]
    try:
        with torch.inference_mode():
            calibrate()
    finally:
        for hook in hooks:
            hook.remove()
    for parent, name, linear in _linears(model):
        if id(linear) in ranges:  # layers the calibration never reached (BERT's unused pooler) stay float
            setattr(parent, name, StaticInt8Linear(linear, *ranges[id(linear)]))
    return model
